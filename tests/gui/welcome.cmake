# GUI tests: welcome
