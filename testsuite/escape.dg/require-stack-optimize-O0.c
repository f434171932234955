/* A function compiled without optimisation (optimize ("O0")) in a unit
   built at -O2: its escape_require_stack cannot be checked, which a note
   says; the unit's optimised function is checked (an error at its
   site).  */
/* { dg-do compile } */

#include <stdlib.h>

void keep (void *);

__attribute__ ((escape_require_stack, optimize ("O0"))) void
f (void) /* { dg-message ".escape_require_stack. of .f. is not checked" } */
{
  char *p = malloc (8); /* { dg-bogus "must be on the stack" } */
  keep (p);
}

__attribute__ ((escape_require_stack)) void
g (void)
{
  char *q = malloc (8); /* { dg-error "'q' \\(8 bytes, malloc\\) must be on the stack" } */
  keep (q);
}
