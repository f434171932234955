/* With -D_FORTIFY_SOURCE=2 an overflow of a promoted buffer is still
   caught by the __*_chk functions: the object size comes from the
   allocation, folded before the pass runs, and stays right after the
   buffer moves to the stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -D_FORTIFY_SOURCE=2" } */
/* { dg-shouldfail "buffer overflow detected" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int sink;
const char *volatile src = "0123456789abcdef0123456789abcdef0123456789abcdef";

__attribute__ ((noinline)) void
work (void)
{
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (!b)
    abort ();
  strcpy (b, src);
  sink = b[3];
  free (b);
}

int
main (void)
{
  work ();
  printf ("not detected\n");
  return 0;
}

/* { dg-output "\\*\\*\\* buffer overflow detected \\*\\*\\*" } */
/* { dg-final { scan-assembler "call\[ \t\]+__strcpy_chk" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
