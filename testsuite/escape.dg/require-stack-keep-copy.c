/* A copy of an allocation's pointer into a variable marked
   escape_keep_heap does not keep the site on the heap, with -g as
   without (a debug bind of the copy once did, only with -g): in an
   escape_require_stack function the escaping site is an error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -g" } */

#include <stdlib.h>

void g (char *);

__attribute__ ((escape_require_stack)) void
f (void)
{
  char *q = malloc (16); /* { dg-error "'q' \\(16 bytes, malloc\\) must be on the stack \\(escape_require_stack on 'f'\\) but stays on the heap: passed to 'g'" } */
  char *p __attribute__ ((escape_keep_heap)) = q;
  g (p);
}
