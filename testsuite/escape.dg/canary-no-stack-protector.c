/* An explicit -fno-stack-protector wins: the promoted buffer gets no
   canary, and the remark says why.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-remarks -fno-stack-protector" } */

#include <stdlib.h>
#include <string.h>

volatile int sink;
const char *volatile src = "0123456789";

__attribute__ ((noinline)) void
work (void)
{
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) promoted to the stack, without a stack canary \\(-fno-stack-protector\\)" } */
  if (!b)
    abort ();
  strcpy (b, src);
  sink = b[3];
  free (b);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
/* { dg-final { scan-assembler-not "__stack_chk_fail" } } */
/* { dg-final { scan-escape-dump-not "Canary:" } } */
