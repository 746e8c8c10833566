# Windows runtime folder and installer (only when building for Windows, see cmake/mingw-w64.cmake).
# `cmake --install` lays out: orderdesk.exe (+ orderdesk-gateway.exe), the Qt DLLs, the Qt plugins the
# program needs in platforms/ styles/ sqldrivers/ tls/ imageformats/, libpq.dll, the MinGW runtime
# DLLs and translations/*.qm. `cpack` (NSIS, 64-bit) turns that folder into the installer.
if(NOT WIN32)
  return()
endif()

set(_od_dest .)
set(_od_targets orderdesk)
if(TARGET orderdesk-gateway)
  list(APPEND _od_targets orderdesk-gateway)
endif()
install(TARGETS ${_od_targets} RUNTIME DESTINATION ${_od_dest})

# Qt libraries
foreach(m Core Gui Widgets Network Sql Concurrent PrintSupport)
  install(FILES $<TARGET_FILE:Qt6::${m}> DESTINATION ${_od_dest})
endforeach()
foreach(m Xml)
  if(TARGET Qt6::${m})
    install(FILES $<TARGET_FILE:Qt6::${m}> DESTINATION ${_od_dest})
  endif()
endforeach()

# Qt plugins (a "plugins" layout beside the executable: Qt looks there by default)
get_filename_component(_od_qt_prefix "${Qt6_DIR}/../../.." ABSOLUTE)
set(_od_plugins "${_od_qt_prefix}/plugins")
set(ORDERDESK_QT_PLUGINS
  platforms/qwindows.dll
  styles/qwindowsvistastyle.dll
  sqldrivers/qsqlite.dll
  sqldrivers/qsqlpsql.dll
  tls/qschannelbackend.dll
  imageformats/qgif.dll
  imageformats/qico.dll
  imageformats/qjpeg.dll)
foreach(p IN LISTS ORDERDESK_QT_PLUGINS)
  if(NOT EXISTS "${_od_plugins}/${p}")
    message(FATAL_ERROR "Qt plugin ${_od_plugins}/${p} is missing")
  endif()
  get_filename_component(_od_dir "${p}" DIRECTORY)
  install(FILES "${_od_plugins}/${p}" DESTINATION ${_od_dest}/${_od_dir})
endforeach()

# libpq (for the PostgreSQL driver) and the MinGW runtime
set(_od_dll_hints)
if(ORDERDESK_MINGW_DEPS)
  list(APPEND _od_dll_hints "${ORDERDESK_MINGW_DEPS}/bin")
endif()
foreach(r IN LISTS CMAKE_FIND_ROOT_PATH)
  list(APPEND _od_dll_hints "${r}/bin" "${r}/lib")
endforeach()
list(APPEND _od_dll_hints /usr/lib/gcc/x86_64-w64-mingw32/12-posix /usr/x86_64-w64-mingw32/lib)
foreach(dll libpq.dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
  string(MAKE_C_IDENTIFIER "ORDERDESK_DLL_${dll}" _od_var)
  find_file(${_od_var} ${dll} HINTS ${_od_dll_hints} NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  if(NOT ${_od_var})
    message(FATAL_ERROR "${dll} not found (looked in ${_od_dll_hints})")
  endif()
  install(FILES "${${_od_var}}" DESTINATION ${_od_dest})
endforeach()

# Compiled translations (also embedded in the program; the files serve Qt's own lookups and tools)
file(GLOB _od_ts CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/translations/*.ts")
foreach(ts IN LISTS _od_ts)
  get_filename_component(_od_name "${ts}" NAME_WE)
  install(FILES "${CMAKE_BINARY_DIR}/app/${_od_name}.qm" DESTINATION ${_od_dest}/translations)
endforeach()
# Qt's own strings (standard buttons, file and print dialogs) in Chinese: the build machine's Qt 6.4
# catalogue from Debian's qt6-translations-l10n (.qm files are the same on every platform). The program
# looks for it in translations/ beside the executable (ui/appi18n.cpp).
find_file(ORDERDESK_QTBASE_ZH_CN qtbase_zh_CN.qm PATHS /usr/share/qt6/translations NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
if(ORDERDESK_QTBASE_ZH_CN)
  install(FILES "${ORDERDESK_QTBASE_ZH_CN}" DESTINATION ${_od_dest}/translations)
else()
  message(FATAL_ERROR "qtbase_zh_CN.qm not found: install Debian's qt6-translations-l10n (./dev windows does)")
endif()

# Installer: 64-bit NSIS (Debian's wine has no 32-bit part), C:\Program Files\OrderDesk,
# Start-menu and desktop shortcuts and an uninstaller. CMake's NSIS template carries the English and
# Simplified Chinese (SimpChinese) installer texts and picks by the system language. The program keeps
# its database and settings under the user's AppData (QStandardPaths), which neither an upgrade nor the
# uninstaller touches.
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME "OrderDesk")
set(CPACK_PACKAGE_VENDOR "OrderDesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_FILE_NAME "OrderDesk-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "OrderDesk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "OrderDesk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_EXECUTABLES "orderdesk" "OrderDesk")
set(CPACK_NSIS_DEFINES "Target amd64-unicode")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_PACKAGE_NAME "OrderDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "OrderDesk")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ".")
set(CPACK_NSIS_INSTALLED_ICON_NAME "orderdesk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$DESKTOP\\\\OrderDesk.lnk' '$INSTDIR\\\\orderdesk.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\OrderDesk.lnk'")
if(EXISTS "${PROJECT_SOURCE_DIR}/packaging/windows/orderdesk.ico")
  set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/orderdesk.ico")
  set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/orderdesk.ico")
endif()
# Our NSIS.template.in (CMake's, plus a refusal to install while OrderDesk runs): packaging/windows first
# in the path CPack looks for templates in.
list(PREPEND CMAKE_MODULE_PATH "${PROJECT_SOURCE_DIR}/packaging/windows")
include(CPack)
