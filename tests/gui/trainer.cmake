# GUI tests: trainer
zanlink_add_test(tst_trainer_notes SOURCES tst_trainer_notes.cpp ../store/refs_fixture.h LIBS zanlink_gui)
