# GUI tests: spell
