/* Under _FORTIFY_SOURCE and strict-libc, a string passed to snprintf as
   a %s argument still stays on the heap (a registered conversion may
   keep it), and
   the remark names the line of the program's snprintf call, not the
   line of glibc's fortified header whose inlined body makes the call
   to __builtin___snprintf_chk.  */
/* { dg-do run } */
/* { dg-options "-D_FORTIFY_SOURCE=2 -fplugin-arg-escape-remarks -fplugin-arg-escape-strict-libc" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
f (const char *s)
{
  char out[32];
  char *name = malloc (16); /* { dg-message "'name' \\(16 bytes, malloc\\) stays on the heap: passed to '__builtin___snprintf_chk' \\(argument 6\\), which may capture it \\(line 22\\)" } */
  if (!name)
    return -1;
  strcpy (name, s);
  snprintf (out, sizeof out, "<%s>", name);
  int r = (int) strlen (out);
  free (name);
  return r;
}

int
main (void)
{
  printf ("%d\n", f ("abc"));
  return 0;
}

/* { dg-output "5" } */
