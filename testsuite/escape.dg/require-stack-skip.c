/* skip= and only= (bisecting) win over escape_require_stack: a site of
   an attributed function deselected by skip= stays on the heap with the
   reason deselected and is no error, so a bisecting build succeeds with
   any subset of the promotions; the other site is still checked and
   promoted.  The id of 'a' is 9ee0285dfc1df7d4 (line 15 of two in
   require-stack-skip.c, its first site).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-remarks -fplugin-arg-escape-skip=9ee0285dfc1df7d4" } */

#include <stdlib.h>

__attribute__ ((noinline, escape_require_stack)) int
two (int i)
{
  char *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) stays on the heap: deselected by -fplugin-arg-escape-skip=" } */
  char *b = malloc (32); /* { dg-message "'b' \\(32 bytes, malloc\\) promoted to the stack" } */
  if (!a || !b)
    return -1;
  a[0] = i;
  b[0] = i + 1;
  int r = a[i & 15] + b[i & 31];
  free (a);
  free (b);
  return r;
}

/* { dg-final { scan-escape-dump "heap \\(deselected\\): 'a'" } } */
