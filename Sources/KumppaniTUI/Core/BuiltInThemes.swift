/// Copies of `themes/default.theme` and `themes/mono.theme` compiled into the binary, so the program
/// works even when no theme folder is found. A test keeps them identical to the shipped files.
enum BuiltInThemes {
    static let defaultSource = #"""
# Kumppani default theme: the terminal's own background everywhere, a few accents.
# Format: role = FG on BG [bold] [underline] [reverse] [dim]; "default" is the terminal's own colour.
normal             = default on default
dim                = default on default dim
title              = default on default bold
border             = blue on default
tab_active         = cyan on default bold reverse
tab_inactive       = default on default
menu_bar           = default on default reverse
menu_item          = default on default
menu_selected      = cyan on default bold reverse
menu_hotkey        = yellow on default bold underline
status_bar         = default on default reverse
status_error       = red on default bold reverse
key_bar            = default on default
key_bar_key        = cyan on default bold
selection          = cyan on default reverse
selection_inactive = default on default reverse dim
header             = default on default bold underline
input              = default on default underline
input_focused      = yellow on default underline
cursor             = default on default reverse
label              = cyan on default
error              = red on default bold
warning            = yellow on default bold
success            = green on default bold
highlight          = yellow on default bold
match              = magenta on default bold underline
dialog             = default on default
dialog_title       = default on default bold
bar_fill           = green on default reverse
bar_over           = red on default reverse
bar_empty          = default on default dim
strike             = default on default dim
"""#

    static let monoSource = #"""
# Kumppani mono theme: no colours, only bold, underline, reverse (and dim).
# Used automatically when NO_COLOR is set, with --no-color, or on a terminal without colours.
normal             = default
dim                = dim
title              = bold
border             = default
tab_active         = bold reverse
tab_inactive       = default
menu_bar           = reverse
menu_item          = default
menu_selected      = bold reverse
menu_hotkey        = bold underline
status_bar         = reverse
status_error       = bold reverse underline
key_bar            = default
key_bar_key        = bold
selection          = reverse
selection_inactive = underline
header             = bold underline
input              = underline
input_focused      = bold underline
cursor             = reverse
label              = default
error              = bold underline
warning            = bold
success            = bold
highlight          = bold
match              = bold underline
dialog             = default
dialog_title       = bold
bar_fill           = reverse
bar_over           = bold reverse
bar_empty          = dim
strike             = dim
"""#
}
