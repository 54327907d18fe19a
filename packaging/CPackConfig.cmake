# Packages: `cpack` in the build directory after building.
#   Linux   DEB        (built, installed and started in CI: .ci/checks/50-package.sh; contents: tests/packaging)
#   Windows NSIS       (written from the documentation, not built here: see docs/packaging.md)
#   macOS   DragNDrop  (written from the documentation, not built here: see docs/packaging.md)
# Included by the top-level CMakeLists.txt after app/, so the targets exist and these install rules run after theirs.

set(IPW_APP_ID "io.github.imap_password_wizard")  # desktop entry, metainfo, icon name; = ipw::appId()
set(IPW_APP_DISPLAY_NAME "IMAP Password Wizard")
set(IPW_ICON_DIR "${PROJECT_SOURCE_DIR}/resources/icons")
set(IPW_PACKAGE_MAINTAINER "IMAP Password Wizard contributors <maintainers@example.invalid>"
    CACHE STRING "Maintainer written into the packages (Debian requires a name and an e-mail address)")

# Common to every generator (the platform files below may override some).
set(CPACK_PACKAGE_NAME "${PROJECT_NAME}")
set(CPACK_PACKAGE_VENDOR "IMAP Password Wizard contributors")
set(CPACK_PACKAGE_CONTACT "${IPW_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${IPW_APP_DISPLAY_NAME}")
# (No common CPACK_PACKAGE_ICON: NSIS would take it as its header bitmap, which must be a .bmp.)
# NSIS and WiX want a license file with a text extension; the LICENSE file has none.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_BINARY_DIR}/packaging/LICENSE.txt")
# Release binaries go out without their debug sections (RelWithDebInfo keeps them in the build tree).
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build/;/build-.*/;/\\\\.cache/")
set(CPACK_SOURCE_GENERATOR "TGZ")

if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
  include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
elseif(UNIX)
  include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()

include(CPack)
