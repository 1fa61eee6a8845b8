#pragma once

#include <QString>

namespace zanlink {

// library.sqlite in the platform's application-data folder.
QString defaultLibraryPath();

} // namespace zanlink
