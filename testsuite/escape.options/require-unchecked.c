/* A correct escape_require_stack function, for options.exp's checks
   that the attribute is not checked (a note once per unit, never an
   error, so -Werror builds pass) in builds where the pass keeps the
   heap on purpose or cannot judge: heap-checking sanitizers,
   -fsanitize=undefined's pointer checks, -fprofile-generate,
   -finstrument-functions, -fno-builtin.  Without those options both
   sites are promoted, also where f is inlined, and there is no note.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
fill (char *p, int n)
{
  memset (p, 'a', n - 1);
  p[n - 1] = 0;
}

__attribute__ ((escape_require_stack)) static int
f (int n)
{
  char *buf = malloc (64);
  char *p = malloc (32);
  if (!buf || !p)
    return -1;
  fill (buf, 64);
  p[0] = n;
  int r = strlen (buf) + p[0];
  free (p);
  free (buf);
  return r;
}

/* f is inlined here, and its sites with it.  */

void
use (int n)
{
  printf ("%d\n", f (n));
}
