#!/usr/bin/env bash
# Builds the Windows SDK that `./dev windows` cross-compiles against, entirely from Debian 12 source
# packages, when no prebuilt mingw-sdk-qt6.4.2.tar.xz is at hand (the team's recipe, kept here so the
# repository does not depend on it):
#   Qt 6.4.2 qtbase for x86_64-w64-mingw32 (posix threads), shared, release: Core, Gui, Widgets, Network
#   (Schannel), Sql (SQLite + PostgreSQL drivers), Concurrent, PrintSupport, Xml, Test; no OpenGL/D-Bus/ICU.
#   SQLite 3.40 (FTS5, FTS3, R-Tree, column metadata), zlib, libxlsxwriter (static), libpq (PostgreSQL 15
#   client, no TLS), cpp-httplib's single header, the MinGW runtime DLLs.
# Result: ./mingw-sdk-qt6.4.2.tar.xz, unpacking to opt/qt6-mingw and opt/mingw-deps (paths inside are
# relative; unpack anywhere). Takes about an hour on 2 cores.
# Needs root for apt-get only (installs the build packages, adds a deb-src entry for the archive apt
# already uses). Everything is built and installed below $WORK (default /tmp/mingw-sdk-build), never /opt.
set -euo pipefail
work=${WORK:-/tmp/mingw-sdk-build}; out=$PWD
JOBS=${JOBS:-2}
stage=$work/root                       # the tarball's root: $stage/opt/...
QT=$stage/opt/qt6-mingw; DEPS=$stage/opt/mingw-deps
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
mkdir -p "$work" "$DEPS/include" "$DEPS/lib" "$DEPS/bin"; cd "$work"

if ! grep -rqs '^Types: deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
  # the same archive as the binary packages: copy the first deb822 stanza with Types: deb-src
  src=$(ls /etc/apt/sources.list.d/*.sources | head -1)
  awk 'BEGIN{RS=""} NR==1 {print}' "$src" | sed 's/^Types:.*/Types: deb-src/' \
    | as_root tee /etc/apt/sources.list.d/orderdesk-src.sources >/dev/null
fi
as_root apt-get update -q
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q mingw-w64 ninja-build cmake tclsh make xz-utils \
  bzip2 qt6-base-dev qt6-base-dev-tools dpkg-dev
apt-get source -q --download-only qt6-base sqlite3 zlib libxlsxwriter cpp-httplib postgresql-15
for t in qt6-base_*.orig.tar.xz sqlite3_*.orig.tar.xz zlib_*.orig.tar.bz2 libxlsxwriter_*.orig.tar.gz \
         cpp-httplib_*.orig.tar.xz postgresql-15_*.orig.tar.bz2; do
  tar xf "$t"
done
CC=x86_64-w64-mingw32-gcc-posix; AR=x86_64-w64-mingw32-ar
cat > mingw.cmake <<TC
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 $DEPS $QT)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
TC

# SQLite: the amalgamation is made natively, then compiled for Windows
(cd sqlite3-*/ && mkdir -p bld && cd bld && ../configure >/dev/null && make sqlite3.c >/dev/null \
  && $CC -O2 -c sqlite3.c -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_RTREE \
       -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_THREADSAFE=1 -o sqlite3.o \
  && $AR rcs "$DEPS/lib/libsqlite3.a" sqlite3.o && cp sqlite3.h sqlite3ext.h "$DEPS/include/")

# zlib (static)
(cd zlib-*/ && mkdir -p bw && cd bw && for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite \
   infback inffast inflate inftrees trees uncompr zutil; do $CC -O2 -c ../$f.c -o $f.o; done \
  && $AR rcs "$DEPS/lib/libz.a" ./*.o && cp ../zlib.h ../zconf.h "$DEPS/include/")

# libxlsxwriter (static), installed as if to /opt/mingw-deps so its pkg-config file matches the tarball
(cd libxlsxwriter-*/ && mkdir -p bw && cd bw && cmake .. -DCMAKE_TOOLCHAIN_FILE="$work/mingw.cmake" \
   -DCMAKE_INSTALL_PREFIX=/opt/mingw-deps -DZLIB_INCLUDE_DIR="$DEPS/include" -DZLIB_LIBRARY="$DEPS/lib/libz.a" \
   -DBUILD_SHARED_LIBS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null && make -j"$JOBS" >/dev/null \
  && make install DESTDIR="$stage" >/dev/null)

# cpp-httplib: upstream's single header (Debian's Linux package splits it into header + .so)
cp ./*cpp-httplib*/httplib.h "$DEPS/include/"

# libpq (DLL + import library), no TLS
(cd postgresql-15*/ && ./configure --host=x86_64-w64-mingw32 CC=$CC --without-readline --without-zlib \
   --without-icu --without-openssl >/dev/null && make -C src/interfaces/libpq -j"$JOBS" >/dev/null \
  && cp src/interfaces/libpq/libpq.dll "$DEPS/bin/" && cp src/interfaces/libpq/libpq.a "$DEPS/lib/libpq.dll.a" \
  && cp src/interfaces/libpq/libpq-fe.h src/include/postgres_ext.h src/include/pg_config_ext.h \
        src/include/pg_config.h "$DEPS/include/")

# qtbase (Debian's repack drops bundled sqlite and wintab: the SQLite above, tablet events off).
# Qt 6.4.2's Windows platform plugin uses dynamic-GL code even without OpenGL: guard it.
sed -i 's/^#if QT_CONFIG(dynamicgl)$/#if QT_CONFIG(dynamicgl) \&\& QT_CONFIG(opengl)/' \
  qtbase-everywhere-src-*/src/plugins/platforms/windows/qwindowswindow.cpp
cmake -G Ninja -S qtbase-everywhere-src-* -B qtbuild -DCMAKE_TOOLCHAIN_FILE="$work/mingw.cmake" \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake -DCMAKE_INSTALL_PREFIX="$QT" \
  -DCMAKE_BUILD_TYPE=Release -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DFEATURE_opengl=OFF -DFEATURE_dbus=OFF \
  -DFEATURE_tabletevent=OFF -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF \
  -DFEATURE_system_sqlite=ON -DSQLite3_INCLUDE_DIR="$DEPS/include" -DSQLite3_LIBRARY="$DEPS/lib/libsqlite3.a" \
  -DFEATURE_sql_psql=ON -DPostgreSQL_INCLUDE_DIR="$DEPS/include" -DPostgreSQL_LIBRARY="$DEPS/lib/libpq.dll.a" \
  -DFEATURE_openssl=OFF -DFEATURE_schannel=ON -DFEATURE_icu=OFF -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF \
  -DFEATURE_system_freetype=OFF -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF \
  -DFEATURE_system_doubleconversion=OFF
cmake --build qtbuild --parallel "$JOBS"
cmake --install qtbuild

# MinGW runtime beside the libraries; strip every DLL
cp /usr/lib/gcc/x86_64-w64-mingw32/12-posix/libstdc++-6.dll /usr/lib/gcc/x86_64-w64-mingw32/12-posix/libgcc_s_seh-1.dll \
   /usr/x86_64-w64-mingw32/lib/libwinpthread-1.dll "$DEPS/bin/"
x86_64-w64-mingw32-strip --strip-unneeded "$QT"/bin/*.dll "$QT"/plugins/*/*.dll "$DEPS"/bin/*.dll

# A toolchain file with paths relative to itself, so the SDK works wherever it is unpacked; Qt's own
# qt.toolchain.cmake (used by qt-cmake) chain-loads it the same way. (The repository's
# cmake/mingw-w64.cmake does the same job given ORDERDESK_MINGW_SDK.)
cat > "$DEPS/mingw-toolchain.cmake" <<'TC'
# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (posix threads) against this SDK.
# Paths are relative to this file, so the SDK works wherever it is unpacked.
get_filename_component(_sdk_root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "${_sdk_root}/mingw-deps" "${_sdk_root}/qt6-mingw")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
if(NOT DEFINED QT_HOST_PATH)
  set(QT_HOST_PATH /usr CACHE PATH "Debian's Qt 6.4 host tools (moc, rcc, uic, lrelease)")
endif()
TC
sed -i 's#^set(__qt_initially_configured_toolchain_file ".*")#set(__qt_initially_configured_toolchain_file "${CMAKE_CURRENT_LIST_DIR}/../../../../mingw-deps/mingw-toolchain.cmake")#' \
  "$QT/lib/cmake/Qt6/qt.toolchain.cmake"
tar cJf "$out/mingw-sdk-qt6.4.2.tar.xz" -C "$stage" opt/qt6-mingw opt/mingw-deps
echo "made $out/mingw-sdk-qt6.4.2.tar.xz"
