/* main.c -- tally: a few statistics of three lines of text, each
   function using a scratch buffer of its own size (24, 40, 48, 64 and
   96 bytes) that the plugin promotes to the stack.  */

#include <stdio.h>
#include "tally.h"

static const char *const lines[] = {
  "the quick brown fox jumps over the lazy dog",
  "pack my box with five dozen liquor jugs",
  "how vexingly quick daft zebras jump"
};

int
main (void)
{
  int v[3];
  for (int i = 0; i < 3; i++)
    {
      v[i] = stats_checksum (lines[i]);
      printf ("%d %d %d %d\n", v[i], words_count (lines[i]),
	      words_longest (lines[i]), words_vowels (lines[i]));
    }
  printf ("spread %d\n", stats_spread (v, 3));
  return 0;
}
