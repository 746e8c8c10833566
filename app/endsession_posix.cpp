// Not on Windows: the application quits normally when the session ends (see endsession.h).
#include "endsession.h"

void installEndSessionHandler(std::function<void()>) { }
