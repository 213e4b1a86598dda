#!/usr/bin/python3
# A minimal WebKitGTK browser that keeps website data on disk, for WebKitWebDriver to drive.
#
# Debian's MiniBrowser always uses ephemeral (private) storage under automation; a user's Epiphany or Safari
# does not. WebKitWebDriver starts this file as its browser binary (`webkitgtk:browserOptions.binary`) with
# `--automation` and `--data-dir=DIR`, and talks to it over the inspector server it names in the environment.
# WebKitGTK ships the Storage API (navigator.storage) switched off; `--features=+A,+B` switches features on,
# the way MiniBrowser's own --features option does.
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

options = dict(arg[2:].split("=", 1) for arg in sys.argv[1:] if arg.startswith("--") and "=" in arg)
if "--automation" not in sys.argv or "data-dir" not in options:
    sys.exit("usage: persistent-browser.py --automation --data-dir=DIR [--features=+StorageAPI,...]")

data_dir = options["data-dir"]
manager = WebKit2.WebsiteDataManager(
    base_data_directory=f"{data_dir}/data", base_cache_directory=f"{data_dir}/cache"
)
context = WebKit2.WebContext.new_with_website_data_manager(manager)
context.set_automation_allowed(True)

settings = WebKit2.Settings()
# The driver cannot read the console; the smoke reads it from the browser's standard output instead.
settings.set_enable_write_console_messages_to_stdout(True)
wanted = {name[1:].lower(): name[0] == "+" for name in options.get("features", "").split(",") if name}
features = WebKit2.Settings.get_all_features()
for index in range(features.get_length()):
    feature = features.get(index)
    if feature.get_identifier().lower() in wanted:
        settings.set_feature_enabled(feature, wanted[feature.get_identifier().lower()])

windows = []


def create_web_view(_session):
    view = WebKit2.WebView(
        web_context=context, settings=settings, is_controlled_by_automation=True
    )
    window = Gtk.Window()
    window.set_default_size(1280, 900)
    window.add(view)
    window.show_all()
    windows.append(window)
    view.connect("close", lambda _view: close(window))
    return view


def close(window):
    window.destroy()
    windows.remove(window)
    if not windows:
        Gtk.main_quit()


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("leersteunspiegel-persistent-webkit")
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect("create-web-view", create_web_view)


context.connect("automation-started", automation_started)
Gtk.main()
