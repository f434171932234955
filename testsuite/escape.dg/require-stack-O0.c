/* escape_require_stack cannot be checked where the escape pass does not
   run (-O0, -Og, optimize ("O0")): a correct program still builds, with
   a note, once per unit, that nothing was checked; never an error.  The
   site escapes, so an error would show if it were checked.  */
/* { dg-do compile } */
/* { dg-options "-O0 -Werror" } */

#include <stdlib.h>

void keep (void *);

__attribute__ ((escape_require_stack)) void
f (void) /* { dg-message "escape: .escape_require_stack. of .f. is not checked: the escape pass runs only with optimisation" } */
{
  char *p = malloc (8); /* { dg-bogus "must be on the stack" } */
  keep (p);
}

__attribute__ ((escape_require_stack)) void
g (void) /* { dg-bogus "not checked" } */
{
  char *q = malloc (8);
  keep (q);
}
