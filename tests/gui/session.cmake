# GUI tests: session
# Reader tabs, session restore, themes, print preview.
zanlink_add_test(tst_session SOURCES tst_session.cpp ../store/refs_fixture.h LIBS zanlink_gui)
