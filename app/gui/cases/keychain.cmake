# The case file's passphrase remembered in the system keychain (qtkeychain:
# Secret Service / KWallet on Linux). Debian: qtkeychain-qt6-dev.
find_package(Qt6Keychain REQUIRED)
target_sources(zanlink_gui PRIVATE
  cases/passphrase_keychain.h cases/passphrase_keychain.cpp
)
target_link_libraries(zanlink_gui PRIVATE Qt6Keychain::Qt6Keychain)
