# macOS: the app bundle (Info.plist with the ja/en localizations, icon, the CLI inside the bundle), macdeployqt, and
# a DragNDrop disk image. Written from the CMake, CPack DragNDrop and macdeployqt documentation; NOT built or run by
# this project yet (no Mac here): see docs/packaging.md.

# Finder shows a bundle's localized name (ja.lproj/InfoPlist.strings) only when its folder name matches the
# CFBundleDisplayName in Info.plist, so the bundle is named for people, not for a shell.
set_target_properties(imap-password-wizard PROPERTIES OUTPUT_NAME "${IPW_APP_DISPLAY_NAME}")
set(ipw_bundle "${IPW_APP_DISPLAY_NAME}.app")
set(ipw_icns "${IPW_ICON_DIR}/${IPW_APP_ID}.icns")

set_target_properties(imap-password-wizard PROPERTIES
  MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
  MACOSX_BUNDLE_GUI_IDENTIFIER "${IPW_APP_ID}"
  MACOSX_BUNDLE_BUNDLE_NAME "${IPW_APP_DISPLAY_NAME}"
  MACOSX_BUNDLE_ICON_FILE "${IPW_APP_ID}.icns"
  MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
  MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
  MACOSX_BUNDLE_COPYRIGHT "Apache License 2.0")

# Files copied into the bundle's Resources when it is built. Source file properties are per directory: the target
# lives in app/wizard, hence TARGET_DIRECTORY.
set(ipw_strings_en "${CMAKE_CURRENT_LIST_DIR}/en.lproj/InfoPlist.strings")
set(ipw_strings_ja "${CMAKE_CURRENT_LIST_DIR}/ja.lproj/InfoPlist.strings")
target_sources(imap-password-wizard PRIVATE ${ipw_icns} ${ipw_strings_en} ${ipw_strings_ja})
set_source_files_properties(${ipw_icns} TARGET_DIRECTORY imap-password-wizard
  PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_source_files_properties(${ipw_strings_en} TARGET_DIRECTORY imap-password-wizard
  PROPERTIES MACOSX_PACKAGE_LOCATION Resources/en.lproj)
set_source_files_properties(${ipw_strings_ja} TARGET_DIRECTORY imap-password-wizard
  PROPERTIES MACOSX_PACKAGE_LOCATION Resources/ja.lproj)

# The CLI goes inside the bundle (Contents/MacOS), where macdeployqt can point it at the bundled Qt frameworks;
# a loose bin/ next to the .app in the disk image would link to the build machine's Qt. app/cli installs it to
# bin/ (right for Linux and Windows), so that copy is removed again from the staging tree here.
install(TARGETS imap-password-check RUNTIME DESTINATION ${ipw_bundle}/Contents/MacOS)
install(CODE "file(REMOVE_RECURSE \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")")

# Qt's own Japanese strings. With macdeployqt's qt.conf, QLibraryInfo's prefix is the bundle's Contents folder.
install(FILES "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_ja.qm"
  DESTINATION ${ipw_bundle}/Contents/translations)

# macdeployqt copies the Qt frameworks and plugins, and the other non-system libraries (qtkeychain, OpenSSL from
# Homebrew), into the bundle and rewrites the load paths of the app and of every -executable.
# Qt 6.4's qt_generate_deploy_app_script() cannot pass -executable (DEPLOY_TOOL_OPTIONS came in 6.7).
if(TARGET Qt6::macdeployqt)
  get_target_property(IPW_MACDEPLOYQT Qt6::macdeployqt IMPORTED_LOCATION)
endif()
if(NOT IPW_MACDEPLOYQT)
  find_program(IPW_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
endif()
install(CODE "
  set(bundle \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${ipw_bundle}\")
  execute_process(
    COMMAND \"${IPW_MACDEPLOYQT}\" \"\${bundle}\" -always-overwrite -verbose=1
            \"-executable=\${bundle}/Contents/MacOS/imap-password-check\"
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR \"macdeployqt failed (\${rc})\")
  endif()
  # macdeployqt's install_name_tool edits void the linker's signatures, and Apple Silicon refuses to start an arm64
  # binary without a valid one (QTBUG-101696). Re-sign ad hoc (identity -): runnable, but not a Developer ID
  # signature, so Gatekeeper still treats the app as unsigned (docs/packaging.md).
  execute_process(COMMAND codesign --force --deep --sign - \"\${bundle}\" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR \"codesign (ad hoc) failed (\${rc})\")
  endif()
")

# The disk image: the bundle and a link to /Applications to drag it onto.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "${IPW_APP_DISPLAY_NAME}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${ipw_icns}")
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)  # no click-through license for an Apache-2.0 app
