/* The program of report.exp's "no record at a line of a recorded file":
   allocation calls at lines where the plugin judges no site, in a unit
   compiled with records.  */
#include <stdlib.h>

void *volatile g;

/* Tail-calls malloc: the call's return address is in get's caller.
   noipa: the plugin does not see get as an allocator (as for a function
   of another unit).  */
__attribute__ ((noipa)) void *
get (size_t n)
{
  return malloc (n);
}

/* A realloc of an object allocated elsewhere: not an allocation site.  */
__attribute__ ((noinline)) char *
grow (char *p, size_t n)
{
  char *q = realloc (p, n);
  if (!q)
    abort ();
  return q;
}

int
main (void)
{
  char *p = 0;
  for (int i = 0; i < 5; i++)
    {
      g = get (8); /* tail-called allocator */
      free (g);
    }
  for (int i = 1; i <= 30; i++)
    p = grow (p, 8 + 16 * i);
  g = p;
  free (p);
  return 0;
}
