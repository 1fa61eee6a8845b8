target_sources(zanlink_gui PRIVATE
  welcome/welcome_actions.h welcome/welcome_actions.cpp
  welcome/welcome_dialog.h welcome/welcome_dialog.cpp
  welcome/welcome_download_page.h welcome/welcome_download_page.cpp)
