# GUI tests: welcome
zanlink_add_test(tst_welcome
  SOURCES tst_welcome.cpp ../store/test_http_server.h ../store/test_http_server.cpp
  LIBS zanlink_gui Qt6::Network)
