/* With -ftrack-macro-expansion=0 the calls of one macro expansion share
   a location.  The source link of escape_keep_heap (the call whose
   result a marked variable receives, by location) refuses such a
   location: b's site is not taken for a's, and its escape is an error
   in an escape_require_stack function.  a's site is still kept, by
   the SSA link.  */
/* { dg-do compile } */
/* { dg-options "-O2 -ftrack-macro-expansion=0 -fplugin-arg-escape-remarks" } */

#include <stdlib.h>

void g (char *);

#define TWO(a, b) do { a = malloc (8); b = malloc (16); } while (0)

__attribute__ ((escape_require_stack)) void
f (void)
{
  char *a __attribute__ ((escape_keep_heap)), *b;
  TWO (a, b); /* { dg-error "'b' \\(16 bytes, malloc\\) must be on the stack \\(escape_require_stack on 'f'\\) but stays on the heap: passed to 'g'" } */
  /* { dg-message "'a' \\(8 bytes, malloc\\) stays on the heap: 'a' is marked escape_keep_heap" "" { target *-*-* } 20 } */
  /* { dg-message "'b' \\(16 bytes, malloc\\) stays on the heap: passed to 'g'" "" { target *-*-* } 20 } */
  g (a);
  g (b);
}
