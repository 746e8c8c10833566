#!/bin/sh
# CMAKE_CROSSCOMPILING_EMULATOR of the Windows test build (./dev windows-test): ctest runs every test
# program through this script, under the WINEPREFIX / WINEPATH / QT_PLUGIN_PATH that `./dev windows-test`
# sets up. Outside it (e.g. ctest by hand) it needs those set the same way.
: "${WINEDEBUG:=-all}"; export WINEDEBUG
exec wine "$@"
