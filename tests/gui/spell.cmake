# GUI tests: spell-check in notes and drafts (with the fixture dictionaries).
zanlink_add_test(tst_spell_check SOURCES tst_spell_check.cpp LIBS zanlink_gui)
