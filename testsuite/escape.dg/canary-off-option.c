/* -fplugin-arg-escape-no-canary turns the canary off; so does the
   function's no_stack_protector attribute.  The remarks say so.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-remarks -fplugin-arg-escape-no-canary" } */

#include <stdlib.h>
#include <string.h>

volatile int sink;
const char *volatile src = "0123456789";

__attribute__ ((noinline)) void
work (void)
{
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) promoted to the stack, without a stack canary \\(-fplugin-arg-escape-no-canary\\)" } */
  if (!b)
    abort ();
  strcpy (b, src);
  sink = b[3];
  free (b);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
/* { dg-final { scan-assembler-not "__stack_chk_fail" } } */
