# Windows: version resources and icon, deployment of the Qt and other DLLs, and an NSIS installer with a Start-menu
# shortcut. Written from the CMake, CPack NSIS and windeployqt documentation; NOT built or run by this project yet
# (no Windows machine here): see docs/packaging.md.

# --- Version resource and icon, one .rc per executable ------------------------------------------------------------
set(IPW_RC_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
file(TO_NATIVE_PATH "${IPW_ICON_DIR}/${IPW_APP_ID}.ico" ipw_ico_native)
string(REPLACE "\\" "\\\\" ipw_ico_native "${ipw_ico_native}")  # a C string inside the .rc
foreach(exe imap-password-wizard imap-password-check)
  set(IPW_RC_NAME ${exe})
  set(IPW_RC_FILENAME ${exe}.exe)
  # The first icon in the file is the one Explorer shows for the .exe.
  set(IPW_RC_ICON_LINE "IDI_ICON1 ICON \"${ipw_ico_native}\"")
  if(exe STREQUAL "imap-password-wizard")
    set(IPW_RC_DESCRIPTION_EN "IMAP Password Wizard")
    set(IPW_RC_DESCRIPTION_JA "IMAPパスワード設定ウィザード")
  else()
    set(IPW_RC_DESCRIPTION_EN "IMAP Password Wizard command-line check")
    set(IPW_RC_DESCRIPTION_JA "IMAPパスワード設定ウィザード コマンドライン版")
  endif()
  configure_file(${CMAKE_CURRENT_LIST_DIR}/version.rc.in ${CMAKE_BINARY_DIR}/packaging/${exe}.rc @ONLY)
  target_sources(${exe} PRIVATE ${CMAKE_BINARY_DIR}/packaging/${exe}.rc)
endforeach()

# --- Deployment into the install tree (and so into the installer) -------------------------------------------------
# Qt 6.4's qt_generate_deploy_app_script() only takes FILENAME_VARIABLE (6.5 renamed it OUTPUT_SCRIPT) and no tool
# options, and its translations would land as merged qt_ja.qm, while the app loads qtbase_ja.qm. So windeployqt is
# called directly, which works the same with every Qt 6.
if(TARGET Qt6::windeployqt)
  get_target_property(IPW_WINDEPLOYQT Qt6::windeployqt IMPORTED_LOCATION)
endif()
if(NOT IPW_WINDEPLOYQT)
  find_program(IPW_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
endif()
set(ipw_qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")

# windeployqt copies the Qt DLLs and plugins (platforms/qwindows.dll, styles/, tls/ with the OpenSSL and Schannel
# backends, imageformats/) next to the executables. --no-compiler-runtime: InstallRequiredSystemLibraries below
# installs the MSVC runtime DLLs app-local instead of a vc_redist.exe the installer would have to run.
install(CODE "
  set(bindir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  execute_process(
    COMMAND \"${IPW_WINDEPLOYQT}\" --no-compiler-runtime --no-translations --no-system-d3d-compiler --no-opengl-sw
            --verbose 1 --dir \"\${bindir}\"
            \"\${bindir}/imap-password-wizard.exe\" \"\${bindir}/imap-password-check.exe\"
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR \"windeployqt failed (\${rc})\")
  endif()
")

# Qt's own Japanese strings, where QLibraryInfo looks for them in a deployed app (<exe dir>/translations: Qt's
# relocatable prefix is the folder holding Qt6Core.dll when no import library sits beside it).
install(FILES "${ipw_qt_translations}/qtbase_ja.qm" DESTINATION ${CMAKE_INSTALL_BINDIR}/translations)

# Non-Qt DLLs windeployqt does not handle: qtkeychain, and OpenSSL (linked by core, and loaded by Qt's TLS plugin).
# GET_RUNTIME_DEPENDENCIES follows the import tables of both executables and finds them in the listed folders.
# Windows file names are case-insensitive (and CMake may report them lowercased), hence the letter classes.
get_filename_component(ipw_openssl_root "${OPENSSL_INCLUDE_DIR}/.." ABSOLUTE)
get_target_property(ipw_keychain_dll qt6keychain IMPORTED_LOCATION_RELEASE)
if(NOT ipw_keychain_dll)
  get_target_property(ipw_keychain_dll qt6keychain IMPORTED_LOCATION)
endif()
get_filename_component(ipw_keychain_dir "${ipw_keychain_dll}" DIRECTORY)
install(CODE "
  set(bindir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"\${bindir}/imap-password-wizard.exe\" \"\${bindir}/imap-password-check.exe\"
    RESOLVED_DEPENDENCIES_VAR deps UNRESOLVED_DEPENDENCIES_VAR missing
    DIRECTORIES \"${ipw_keychain_dir}\" \"${ipw_openssl_root}/bin\" \"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}\"
    PRE_EXCLUDE_REGEXES \"^[Aa][Pp][Ii]-[Mm][Ss]-\" \"^[Ee][Xx][Tt]-[Mm][Ss]-\" \"^[Qq][Tt]6\"
    POST_EXCLUDE_REGEXES \".*[/\\\\\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\\\\\].*\"
                         \".*[/\\\\\\\\][Qq][Tt]6[^/\\\\\\\\]*\\\\.[Dd][Ll][Ll]$\")
  if(missing)
    message(WARNING \"DLLs not found for the package: \${missing}\")
  endif()
  if(deps)
    file(INSTALL \${deps} DESTINATION \"\${bindir}\")
  endif()
")
# Some OpenSSL builds are only loaded at run time (by the TLS plugin), so name them too when they are there.
file(GLOB ipw_openssl_dlls "${ipw_openssl_root}/bin/libssl-3*.dll" "${ipw_openssl_root}/bin/libcrypto-3*.dll")
if(ipw_openssl_dlls)
  install(FILES ${ipw_openssl_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
  message(WARNING "OpenSSL 3 DLLs not found under ${ipw_openssl_root}/bin: the installer will rely on Schannel")
endif()

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# --- NSIS installer ------------------------------------------------------------------------------------------------
set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_PACKAGE_NAME "${IPW_APP_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${IPW_APP_DISPLAY_NAME}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${IPW_APP_ID}")
set(CPACK_NSIS_MUI_ICON "${IPW_ICON_DIR}/${IPW_APP_ID}.ico")
set(CPACK_NSIS_MUI_UNIICON "${IPW_ICON_DIR}/${IPW_APP_ID}.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\imap-password-wizard.exe")  # Add/Remove Programs
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# No options page: PATH stays untouched, and so no desktop shortcut either (that checkbox lives on the same page).
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Start-menu shortcut: CPack creates "<Start menu folder>\IMAP Password Wizard.lnk" for each pair (executable
# without .exe, in CPACK_NSIS_EXECUTABLES_DIRECTORY = bin, and its label), and removes it on uninstall.
set(CPACK_PACKAGE_EXECUTABLES "imap-password-wizard;${IPW_APP_DISPLAY_NAME}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "imap-password-wizard.exe")
