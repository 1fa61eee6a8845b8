target_sources(zanlink_gui PRIVATE welcome/welcome_actions.h welcome/welcome_actions.cpp)
