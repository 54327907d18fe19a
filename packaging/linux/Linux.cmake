# Linux: the desktop integration files and the Debian package.

# Desktop entry, AppStream metainfo, icons, man pages: installed to the freedesktop places under the prefix.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${IPW_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${IPW_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(DIRECTORY ${IPW_ICON_DIR}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Debian policy wants man pages gzip-compressed; -n leaves out the name and time, so the package is reproducible.
find_program(IPW_GZIP gzip REQUIRED)
# The Debian changelog (packaging/linux/changelog: add an entry with each release, like the metainfo) goes the same way.
set(ipw_gzipped "")
foreach(file imap-password-check.1 imap-password-wizard.1 changelog)
  set(out ${CMAKE_BINARY_DIR}/packaging/gz/${file}.gz)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging/gz
    COMMAND ${IPW_GZIP} -9 -n -c ${CMAKE_CURRENT_LIST_DIR}/${file} > ${out}
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/${file}
    COMMENT "Compressing ${file}" VERBATIM)
  list(APPEND ipw_gzipped ${out})
endforeach()
add_custom_target(ipw_gzipped_docs ALL DEPENDS ${ipw_gzipped})
list(FILTER ipw_gzipped INCLUDE REGEX "[.]1[.]gz$")
install(FILES ${ipw_gzipped} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_BINARY_DIR}/packaging/gz/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The metainfo's newest release and the changelog's newest entry must be this version, or software centres and
# apt show a stale one.
file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/changelog ipw_changelog_top LIMIT_COUNT 1)
if(NOT ipw_changelog_top MATCHES "^imap-password-wizard \\(${PROJECT_VERSION}\\)")
  message(WARNING "packaging/linux/changelog: the first entry is not ${PROJECT_VERSION}; add one for it")
endif()
file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/${IPW_APP_ID}.metainfo.xml ipw_release REGEX "<release version=" LIMIT_COUNT 1)
if(NOT ipw_release MATCHES "version=\"${PROJECT_VERSION}\"")
  message(WARNING "packaging/linux/${IPW_APP_ID}.metainfo.xml: the first <release> is not ${PROJECT_VERSION}; "
                  "add a <release> entry for it")
endif()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # imap-password-wizard_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# (The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long description under it.)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Mail stopped syncing and the mail app says the IMAP password is incorrect?
This wizard finds out which password the provider means (docomo, SoftBank,
au, Gmail app passwords, ...), shows where to check or reissue it, tests it
for real against the IMAP and SMTP servers, explains why a login fails, and
keeps the verified password in the desktop keyring. In Japanese and English.
.
Also contains imap-password-check, the same checks as a command-line tool.")
# Libraries the binaries link come from dpkg-shlibdeps (Qt, qtkeychain, OpenSSL, libstdc++, ...), including
# libqt6gui6, which in Debian 12 also holds the xcb platform plugin, and libqt6network6, which holds the OpenSSL TLS
# backend plugin. What it cannot see is listed here:
#  - libsecret-1-0: qtkeychain dlopen()s it to reach the Secret Service (GNOME Keyring, KeePassXC, ...).
#  - qt6-translations-l10n: Qt's own Japanese strings (Back/Next/Cancel), qtbase_ja.qm, loaded at run time.
# (libzxcvbn0, the password strength estimate, comes from dpkg-shlibdeps: core_strength links the shared library,
# whose dictionaries are compiled in, so no data file is needed at run time.)
# (qt6-qpa-plugins only holds the vnc and tuiotouch plugins in Debian 12, so it is not needed.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-translations-l10n")
# Without a CJK font the Japanese UI shows empty boxes; without a Secret Service or KWallet nothing can be saved
# (the wizard says so); native Wayland needs the Qt Wayland plugin (XWayland works without it).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-cjk | fonts-ipafont-gothic | fonts-vlgothic | fonts-takao-gothic, gnome-keyring | libkf5wallet-bin | keepassxc, qt6-wayland")
