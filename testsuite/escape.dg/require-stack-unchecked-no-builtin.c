/* escape_require_stack is not checked under -fno-builtin: malloc is
   then no built-in function, and its allocations are not promoted.
   A -Werror build of correct code still builds, with a note, once
   per unit, that nothing was checked; never an error (without the
   option both sites are promoted, also where f is inlined).  */
/* { dg-do compile } */
/* { dg-options "-O2 -Werror -fno-builtin" } */

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
f (int n) /* { dg-message "escape: .escape_require_stack. of .f. is not checked: " } */
{
  char *buf = malloc (64); /* { dg-bogus "must be on the stack" } */
  char *p = malloc (32); /* { dg-bogus "must be on the stack" } */
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
