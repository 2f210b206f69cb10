# Debian package: `cmake --build build --target package` (CPack DEB).
# shlibdeps finds the shared libraries we link, but not the plugins Qt loads at
# run time, so the SQLite driver and the platform plugins are named explicitly.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "bandwatch")
set(CPACK_PACKAGE_VENDOR "Bandwatch")
set(CPACK_PACKAGE_CONTACT "Bandwatch maintainers <bandwatch@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Native Wayland sessions; without it the app needs XWayland (and says so).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/bandwatch.service DESTINATION lib/systemd/system)
