# Reader tabs, session restore, themes, printing.
target_sources(zanlink_gui PRIVATE
  session/session_state.h session/session_state.cpp
  session/reader_tabs.h session/reader_tabs.cpp
  session/reader_page.h session/reader_page.cpp
  session/theme.h session/theme.cpp
  session/print_support.h session/print_support.cpp
  session/main_window_session.cpp
)
