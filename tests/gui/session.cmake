# GUI tests: session
