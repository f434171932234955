/* The address is stored into a local array, and the array is read back
   as an integer (memcpy into a uintptr_t) whose bits rebuild the
   address in a loop.  Points-to analysis follows pointers loaded back
   from memory, but not bits moved by integer arithmetic and control
   flow, so it would call the object non-escaping; the plugin keeps it on
   the heap because memory holding its address is read as data.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

uintptr_t saved;

__attribute__ ((noinline)) void
clobber (void)
{
  volatile char buf[4096];
  for (int i = 0; i < 4096; i++)
    buf[i] = 'X';
}

__attribute__ ((noinline)) int
sum (const char *s)
{
  int r = 0;
  while (*s)
    r += *s++;
  return r;
}

__attribute__ ((noinline)) int
stash (int k)
{
  char *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: stored into memory that is then read as data" } */
  strcpy (p, "hello");
  int r0 = sum (p);
  char *arr[2] = { p, p };
  uintptr_t i, r = 0;
  memcpy (&i, &arr[k], sizeof i);
  for (int b = 0; b < 64; b++)
    if ((i >> b) & 1)
      r |= (uintptr_t) 1 << b;
  saved = r;
  return r0;
}

int
main (void)
{
  int r0 = stash (1);
  clobber ();
  char *p = (char *) saved;
  printf ("%d %s\n", r0, strcmp (p, "hello") == 0 ? "ok" : "MISCOMPILED");
  free (p);
  return 0;
}

/* { dg-output "532 ok" } */
/* { dg-final { scan-escape-dump "heap \\(stored-read-as-data\\): 'p'" } } */
