/* Two sites of one macro expansion have distinct ids (the site's
   number among its line's sites is part of the id), so skip= keeps one
   on the heap and promotes the other.  (The harness compiles with
   -save-temps, from the preprocessed source: the remarks are at the
   macro's use.)  The id of 'b' is 8cbc7d5d8a33a08f (line
   17, the second site of that line of main in select-macro.c).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-site-ids -fplugin-arg-escape-skip=8cbc7d5d8a33a08f" } */

#include <stdlib.h>
#define TWO(a, b) do { a = malloc (32); b = malloc (48); } while (0)

int
main (void)
{
  char *a, *b;
  TWO (a, b); /* { dg-message "'a' \\(32 bytes, malloc\\) promoted to the stack, with a stack canary .site 8cb9175d8a30bd66." } */
  /* { dg-message "'b' \\(48 bytes, malloc\\) stays on the heap: deselected by -fplugin-arg-escape-skip=, only= or ESCAPE_BISECT_ONLY \\(bisecting\\) .site 8cbc7d5d8a33a08f." "" { target *-*-* } 17 } */
  if (!a || !b)
    return 1;
  a[0] = 1;
  b[0] = 2;
  int r = a[0] + b[0];
  free (a);
  free (b);
  return r != 3;
}
