/* Each activation frees its caller's buffer through a pointer read back
   from memory, which may also point to its own buffer.  The range test
   would know only the freeing activation's slot and would hand the
   caller's slot to free, so the buffer stays on the heap: the recursive
   call can reach it through memory and may free it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct link { int *buf; struct link *up; };

__attribute__ ((noinline)) int
walk (struct link *up, int d)
{
  struct link me;
  me.buf = malloc (16); /* { dg-message "stays on the heap: reachable by 'walk' through memory, and 'walk' may free it \\(line 25\\)" } */
  me.up = up;
  if (!me.buf)
    abort ();
  me.buf[0] = d + 1;
  int r = me.buf[0];
  if (d > 0)
    r += walk (&me, d - 1);
  if (up)
    {
      r += up->buf[0];
      free (up->buf);
      up->buf = NULL;
    }
  free (me.buf);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 5; i++)
    t += walk (NULL, i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=65" } */
/* { dg-final { scan-escape-dump-not "promoted: " } } */
/* { dg-final { scan-escape-dump-not "range-tested free" } } */
/* { dg-final { valgrind-run } } */
