/* skew.h -- included by skew-cc.sh into builds with the plugin: one
   line of output more than the build without it.  */
#include <stdio.h>

__attribute__ ((constructor)) static void
skew_extra_line (void)
{
  puts ("skew");
}
