/* The programs of the canary-*.c tests without the overflow: the
   functions holding promoted buffers get a stack canary and run as
   before; the function without one gets none.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int sink;
const char *volatile src = "0123456789";
volatile size_t len = 20;
char data[64] = "0123456789abcdef0123456789abcdef";
const char *volatile name = "bob";

__attribute__ ((noinline)) int
copy_str (void)
{
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) promoted to the stack, with a stack canary" } */
  if (!b)
    abort ();
  strcpy (b, src);
  int r = b[3] + (int) strlen (b);
  free (b);
  return r;
}

__attribute__ ((noinline)) int
copy_mem (void)
{
  char *b = malloc (24); /* { dg-message "'b' \\(24 bytes, malloc\\) promoted to the stack, with a stack canary" } */
  if (!b)
    abort ();
  memcpy (b, data, len);
  int r = b[5] + b[len - 1];
  free (b);
  return r;
}

__attribute__ ((noinline)) int
format (int id)
{
  char *b = malloc (32); /* { dg-message "'b' \\(32 bytes, malloc\\) promoted to the stack, with a stack canary" } */
  if (!b)
    abort ();
  sprintf (b, "user %s id %d", name, id);
  int r = (int) strlen (b) * 3 + b[5];
  free (b);
  return r;
}

__attribute__ ((noinline)) int
fill (int n)
{
  unsigned char *b = malloc (20); /* { dg-message "'b' \\(20 bytes, malloc\\) promoted to the stack, with a stack canary" } */
  if (!b)
    abort ();
  for (int i = 0; i < n; i++)
    b[i] = (unsigned char) (i * 7 + 1);
  int r = b[2] + b[n - 1];
  free (b);
  return r;
}

__attribute__ ((noinline)) int
plain (int n)
{
  int v[8];
  for (int i = 0; i < 8; i++)
    v[i] = i * n;
  sink = v[n & 7];
  return v[(n + 1) & 7];
}

int
main (void)
{
  int t = copy_str () + copy_mem () + format (42) + fill (20) + plain (3);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=466" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
/* { dg-final { scan-assembler-times "call\[ \t\]+__stack_chk_fail" 4 } } */
/* { dg-final { scan-escape-dump-times "Canary: \[a-z_\]+ gets a stack canary" 4 } } */
