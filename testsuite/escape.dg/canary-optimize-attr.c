/* A function with its own optimize attribute has its own set of
   optimization options, which GCC restores whenever it switches to the
   function: it still gets the canary, and the function compiled after it
   does not.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */
/* { dg-shouldfail "stack smashing detected" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int sink;
const char *volatile src = "0123456789abcdef0123456789abcdef0123456789abcdef";

__attribute__ ((noinline, optimize ("no-tree-vectorize"))) void
work (void)
{
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) promoted to the stack, with a stack canary" } */
  if (!b)
    abort ();
  strcpy (b, src);
  sink = b[3];
  free (b);
}

__attribute__ ((noinline)) int
plain (int n)
{
  char v[32];
  memset (v, n, sizeof v);
  sink = v[n & 31];
  return v[(n + 1) & 31];
}

int
main (void)
{
  sink = plain (3);
  work ();
  printf ("not detected\n");
  return 0;
}

/* { dg-output "\\*\\*\\* stack smashing detected \\*\\*\\*" } */
/* { dg-final { scan-assembler-times "call\[ \t\]+__stack_chk_fail" 1 } } */
