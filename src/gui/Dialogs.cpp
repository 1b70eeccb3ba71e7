#include "Dialogs.h"

namespace minutebook {

// Defined here so the vtable lives in one object file.
Dialogs::~Dialogs() = default;

} // namespace minutebook
