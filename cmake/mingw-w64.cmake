# Cross-compiling OrderDesk for 64-bit Windows with Debian's mingw-w64 (posix threads) against the
# Windows SDK (Qt 6.4.2 + SQLite/zlib/libxlsxwriter/libpq/httplib.h) that `./dev windows` unpacks.
#
#   cmake -G Ninja -S . -B build-windows -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64.cmake \
#         -DORDERDESK_MINGW_SDK=<folder holding opt/qt6-mingw and opt/mingw-deps>
#
# ORDERDESK_MINGW_SDK may also come from the environment. The host tools (moc, rcc, uic, lrelease)
# are Debian's Qt 6.4.2 ones (QT_HOST_PATH=/usr).
if(NOT ORDERDESK_MINGW_SDK AND DEFINED ENV{ORDERDESK_MINGW_SDK})
  set(ORDERDESK_MINGW_SDK "$ENV{ORDERDESK_MINGW_SDK}")
endif()
if(NOT ORDERDESK_MINGW_SDK OR NOT EXISTS "${ORDERDESK_MINGW_SDK}/opt/qt6-mingw/lib/cmake/Qt6/Qt6Config.cmake")
  message(FATAL_ERROR "ORDERDESK_MINGW_SDK must name the folder the Windows SDK tarball was unpacked to "
                      "(it holds opt/qt6-mingw and opt/mingw-deps); got '${ORDERDESK_MINGW_SDK}'. "
                      "`./dev windows` sets it up.")
endif()
get_filename_component(ORDERDESK_MINGW_SDK "${ORDERDESK_MINGW_SDK}" ABSOLUTE)
set(ORDERDESK_MINGW_SDK "${ORDERDESK_MINGW_SDK}" CACHE PATH "Unpacked Windows SDK (opt/qt6-mingw, opt/mingw-deps)")
# try_compile() projects re-read this file: hand the SDK location on.
set(ENV{ORDERDESK_MINGW_SDK} "${ORDERDESK_MINGW_SDK}")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES ORDERDESK_MINGW_SDK)

set(ORDERDESK_MINGW_QT "${ORDERDESK_MINGW_SDK}/opt/qt6-mingw")
set(ORDERDESK_MINGW_DEPS "${ORDERDESK_MINGW_SDK}/opt/mingw-deps")

set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "${ORDERDESK_MINGW_DEPS}" "${ORDERDESK_MINGW_QT}")
list(APPEND CMAKE_PREFIX_PATH "${ORDERDESK_MINGW_QT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

if(NOT DEFINED QT_HOST_PATH)
  set(QT_HOST_PATH /usr CACHE PATH "Debian's Qt 6.4 host tools (moc, rcc, uic, lrelease)")
endif()
if(NOT DEFINED QT_HOST_PATH_CMAKE_DIR AND EXISTS /usr/lib/x86_64-linux-gnu/cmake/Qt6HostInfo)
  set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake CACHE PATH "Host Qt's CMake packages")
endif()

# pkg-config (e.g. xlsxwriter.pc) answers with the SDK's files, not the build host's.
set(ENV{PKG_CONFIG_LIBDIR} "${ORDERDESK_MINGW_DEPS}/lib/pkgconfig")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "${ORDERDESK_MINGW_SDK}")
set(ENV{PKG_CONFIG_PATH} "")
