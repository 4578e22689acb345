"""Greedy test-case reduction for the JIT fuzzer.

shrink() walks the variants a candidate function proposes (largest removals first) and keeps
each one for which the mismatch persists, going on from the same position in the smaller
program's candidates; passes repeat until one keeps nothing or the test budget is spent. That is
delta debugging's "remove a part, keep it if the test still fails" without the bookkeeping of
complements: fuzz programs are small (a few hundred statements), so passes are cheap.
"""


class Shrinker(object):
    def __init__(self, still_fails, max_tests):
        self.still_fails = still_fails
        self.max_tests = max_tests
        self.tests = 0

    def exhausted(self):
        return self.tests >= self.max_tests

    def shrink(self, item, candidates):
        """The smallest variant of item found that still fails; candidates(item) yields the
        variants of item to try, each smaller in some way (so this terminates)."""
        progress = True
        while progress and not self.exhausted():
            # One pass over the candidates. After a success the candidates of the smaller item
            # are taken up at the same position: the ones before it failed a moment ago and
            # most likely still do (the next pass tries them again).
            progress = False
            position = 0
            restart = True
            while restart and not self.exhausted():
                restart = False
                for index, candidate in enumerate(candidates(item)):
                    if index < position:
                        continue
                    if self.exhausted():
                        break
                    self.tests += 1
                    if self.still_fails(candidate):
                        item = candidate
                        progress = restart = True
                        position = index
                        break
        return item
