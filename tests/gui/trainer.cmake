# GUI tests: trainer
