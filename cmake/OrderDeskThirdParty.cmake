# Third-party libraries that are found the same way on Linux and when cross-building for Windows
# against the SDK (cmake/mingw-w64.cmake).

# cpp-httplib: Debian's header on Linux; on Windows the SDK's single header (opt/mingw-deps/include).
find_path(HTTPLIB_INCLUDE_DIR httplib.h REQUIRED)

# nlohmann/json is header-only. A cross build finds no package for it inside the SDK: use the build
# host's headers through a folder that holds only them (never the whole host /usr/include).
find_package(nlohmann_json 3 QUIET)
if(NOT nlohmann_json_FOUND)
  if(NOT CMAKE_CROSSCOMPILING)
    message(FATAL_ERROR "nlohmann_json 3 not found (Debian: nlohmann-json3-dev)")
  endif()
  find_path(ORDERDESK_HOST_NLOHMANN_DIR nlohmann/json.hpp PATHS /usr/include /usr/local/include
            NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)
  set(_od_json_dir "${CMAKE_BINARY_DIR}/host-headers/include")
  file(MAKE_DIRECTORY "${_od_json_dir}")
  if(NOT EXISTS "${_od_json_dir}/nlohmann")
    file(CREATE_LINK "${ORDERDESK_HOST_NLOHMANN_DIR}/nlohmann" "${_od_json_dir}/nlohmann" SYMBOLIC)
  endif()
  add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED GLOBAL)
  set_target_properties(nlohmann_json::nlohmann_json PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_od_json_dir}")
  message(STATUS "nlohmann_json: build host headers from ${ORDERDESK_HOST_NLOHMANN_DIR}")
endif()

# libxlsxwriter (Excel export): OrderDesk::xlsxwriter, when available. On Windows the SDK has only
# the static library, which needs zlib after it.
if(NOT TARGET OrderDesk::xlsxwriter)
  find_path(XLSXWRITER_INCLUDE_DIR xlsxwriter.h)
  if(WIN32)
    find_library(XLSXWRITER_LIBRARY NAMES libxlsxwriter.a xlsxwriter)
    find_library(ORDERDESK_ZLIB_LIBRARY NAMES libz.a z zlib)
  else()
    find_library(XLSXWRITER_LIBRARY NAMES xlsxwriter)
    find_package(ZLIB QUIET)
    set(ORDERDESK_ZLIB_LIBRARY ZLIB::ZLIB)
  endif()
  if(XLSXWRITER_INCLUDE_DIR AND XLSXWRITER_LIBRARY)
    add_library(OrderDesk::xlsxwriter UNKNOWN IMPORTED GLOBAL)
    set_target_properties(OrderDesk::xlsxwriter PROPERTIES
      IMPORTED_LOCATION "${XLSXWRITER_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${XLSXWRITER_INCLUDE_DIR}")
    if(ORDERDESK_ZLIB_LIBRARY AND (WIN32 OR TARGET ZLIB::ZLIB))
      set_property(TARGET OrderDesk::xlsxwriter PROPERTY INTERFACE_LINK_LIBRARIES "${ORDERDESK_ZLIB_LIBRARY}")
    endif()
  endif()
endif()

# Secrets: qtkeychain on Linux only. On Windows the project's own Credential Manager store (*_win.cpp)
# is used, so qtkeychain must only be looked for `if(NOT WIN32)`.
