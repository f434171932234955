/* The program of prof.exp's "allocations inside the C library": fopen
   allocates its FILE with one malloc a call, fclose frees it, so each
   fopen line below makes a known number of allocations inside the C
   library, to be attributed to that line.  */
#include <stdio.h>
#include <stdlib.h>

void *volatile sink;

/* Open and close /dev/null N times from one line (inlined into main
   with -DINLINE).  */

#ifdef INLINE
static inline __attribute__ ((always_inline)) void
#else
__attribute__ ((noinline)) static void
#endif
open_close (int n)
{
  for (int i = 0; i < n; i++)
    {
      FILE *f = fopen ("/dev/null", "r"); /* 7 calls */
      if (!f)
	abort ();
      fclose (f);
    }
}

int
main (void)
{
  open_close (7);
  for (int i = 0; i < 3; i++)
    {
      FILE *f = fopen ("/dev/null", "r"); /* 3 calls */
      if (!f)
	abort ();
      fclose (f);
    }
  sink = malloc (16); /* the program's own site */
  free (sink);
  return 0;
}
