using System.Collections.Concurrent;
using System.Diagnostics;
using InvestPromo.Application.Changes.Queries.ListChanges;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Changes;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>The change feed (GET /api/changes) through ISender: kinds, versions, scope, cursors, and exactly-once under concurrent writers.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class ChangeFeedTests(AppFixture fixture) : AppTest(fixture)
{
    private async Task<string> HeadAsync(Caller caller)
    {
        var cursor = "0";
        while (true)
        {
            var page = await SendAsync(caller, new ListChangesQuery(cursor, ListChangesQuery.MaxLimit));
            cursor = page.NextCursor;
            if (!page.HasMore)
            {
                return cursor;
            }
        }
    }

    private async Task<List<ChangeFeedEntryDto>> AfterAsync(Caller caller, string after, int limit = ListChangesQuery.MaxLimit)
    {
        var all = new List<ChangeFeedEntryDto>();
        while (true)
        {
            var page = await SendAsync(caller, new ListChangesQuery(after, limit));
            all.AddRange(page.Entries);
            after = page.NextCursor;
            if (!page.HasMore)
            {
                return all;
            }
        }
    }

    [Fact]
    public async Task Every_transition_of_a_filing_is_one_entry_of_its_kind_at_the_version_it_left()
    {
        var start = await HeadAsync(Filer);
        var draft = await CreateAsync(Filer, "变更流项目");
        var edited = await UpdateAsync(Filer, draft, Draft.Complete(Equip, "变更流项目（二期）"));
        var submitted = await SubmitAsync(Filer, edited);
        var returned = await ReturnAsync(Reviewer, submitted, "请补充协议");
        var resubmitted = await SubmitAsync(Filer, returned);
        var approved = await ApproveAsync(Reviewer, resubmitted);
        var revoked = await RevokeAsync(Reviewer, approved, "项目已取消");

        var all = await AfterAsync(Filer, start);
        var entries = all.Where(e => e.Resource == "filing").ToList();

        Assert.All(all, e => Assert.Equal(draft.Id, e.Id));
        Assert.Equal(["created", "revoked"], all.Where(e => e.Resource == "project").Select(e => e.Kind.ToString().ToLowerInvariant())); // the approval tracks the project
        Assert.Equal(
            [
                (ChangeKind.Created, draft.Version, "Draft"),
                (ChangeKind.Updated, edited.Version, "Draft"),
                (ChangeKind.StatusChanged, submitted.Version, "UnderReview"),
                (ChangeKind.StatusChanged, returned.Version, "Returned"),
                (ChangeKind.StatusChanged, resubmitted.Version, "UnderReview"),
                (ChangeKind.StatusChanged, approved.Version, "Approved"),
                (ChangeKind.Revoked, revoked.Version, "Revoked"),
            ],
            entries.Select(e => (e.Kind, e.Version, e.Status)));
        Assert.Equal(entries.Select(e => long.Parse(e.Cursor, System.Globalization.CultureInfo.InvariantCulture)).Order(), entries.Select(e => long.Parse(e.Cursor, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(entries, e => Assert.Equal(Fixture.Clock.GetUtcNow(), e.ChangedAt));
    }

    [Fact]
    public async Task A_withdrawal_is_a_status_change()
    {
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer, "撤回的项目"));
        var start = await HeadAsync(Filer);

        var withdrawn = await WithdrawAsync(Filer, submitted);

        var entry = Assert.Single(await AfterAsync(Filer, start));
        Assert.Equal((ChangeKind.StatusChanged, withdrawn.Version, "Withdrawn"), (entry.Kind, entry.Version, entry.Status));
    }

    [Fact]
    public async Task Another_units_filer_sees_none_of_it_and_reviewers_see_a_filing_from_its_submission_on()
    {
        var starts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, caller) in new[] { ("filer2", Filer2), ("reviewer", Reviewer), ("leader", Leader), ("admin", Admin) })
        {
            starts[name] = await HeadAsync(caller);
        }

        var draft = await CreateAsync(Filer, "仅本单位可见的草稿");
        var submitted = await SubmitAsync(Filer, await UpdateAsync(Filer, draft, Draft.Complete(Equip, "仅本单位可见的草稿（改）")));

        Assert.Empty(await AfterAsync(Filer2, starts["filer2"]));
        foreach (var (name, caller) in new[] { ("reviewer", Reviewer), ("leader", Leader), ("admin", Admin) })
        {
            var entry = Assert.Single(await AfterAsync(caller, starts[name]));
            Assert.Equal((draft.Id, ChangeKind.StatusChanged, submitted.Version), (entry.Id, entry.Kind, entry.Version));
        }
    }

    [Fact]
    public async Task The_back_filled_and_seeded_filings_each_have_an_entry_and_nobody_sees_another_units_drafts()
    {
        var filings = await Fixture.DbAsync(db => db.Filings.AsNoTracking().Select(f => new { f.Id, f.UnitId, f.Status }).ToListAsync());
        var filer = await AfterAsync(Filer, "0");
        var reviewer = await AfterAsync(Reviewer, "0");

        Assert.Equal(filings.Where(f => f.UnitId == Filer.UnitId).Select(f => f.Id).Order(), filer.Select(e => e.Id).Distinct().Order());
        Assert.Equal(filings.Where(f => f.Status != Domain.Filings.FilingStatus.Draft).Select(f => f.Id).Order(), reviewer.Select(e => e.Id).Distinct().Order());
        Assert.DoesNotContain(reviewer, e => e.Status == "Draft");
    }

    [Fact]
    public async Task The_next_cursor_pages_through_in_order_and_stays_put_when_nothing_is_new()
    {
        var start = await HeadAsync(Filer);
        for (var i = 0; i < 5; i++)
        {
            await CreateAsync(Filer, $"分页项目{i}");
        }

        var first = await SendAsync(Filer, new ListChangesQuery(start, 2));
        var second = await SendAsync(Filer, new ListChangesQuery(first.NextCursor, 2));
        var third = await SendAsync(Filer, new ListChangesQuery(second.NextCursor, 2));
        var empty = await SendAsync(Filer, new ListChangesQuery(third.NextCursor, 2));

        Assert.Equal((2, true, first.Entries[^1].Cursor), (first.Entries.Count, first.HasMore, first.NextCursor));
        Assert.Equal((2, true), (second.Entries.Count, second.HasMore));
        Assert.Equal((1, false), (third.Entries.Count, third.HasMore));
        Assert.Equal((0, false, third.NextCursor), (empty.Entries.Count, empty.HasMore, empty.NextCursor));
        Assert.Equal(
            Enumerable.Range(0, 5).Select(i => $"分页项目{i}"),
            await Fixture.DbAsync(db => db.Filings.AsNoTracking().Where(f => f.ProjectName!.StartsWith("分页项目")).OrderBy(f => f.CreatedAt).ThenBy(f => f.Id).Select(f => f.ProjectName!).ToListAsync()));
        Assert.Equal(5, first.Entries.Concat(second.Entries).Concat(third.Entries).Select(e => e.Cursor).Distinct().Count());
    }

    [Fact]
    public async Task An_empty_feed_answers_the_cursor_it_was_given()
    {
        await Fixture.DbAsync(db => db.ChangeFeedEntries.ExecuteDeleteAsync());

        var fromStart = await SendAsync(Reviewer, new ListChangesQuery());
        var later = await SendAsync(Reviewer, new ListChangesQuery("12345"));

        Assert.Equal((0, "0", false), (fromStart.Entries.Count, fromStart.NextCursor, fromStart.HasMore));
        Assert.Equal((0, "12345", false), (later.Entries.Count, later.NextCursor, later.HasMore));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("+5")]
    [InlineData("1.5")]
    [InlineData(" 7")]
    [InlineData("")]
    [InlineData("99999999999999999999")]
    [InlineData("2026-12-06T00:00:00Z")]
    public async Task A_malformed_cursor_is_refused(string cursor)
    {
        var refused = await Assert.ThrowsAsync<BadRequestException>(() => SendAsync(Filer, new ListChangesQuery(cursor)));

        Assert.Equal(("changes.cursor-invalid", "after"), (refused.Code, refused.Field));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public async Task A_limit_outside_1_to_1000_is_refused(int limit)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Filer, new ListChangesQuery(null, limit)));

        Assert.Contains("limit", refused.Errors.Keys);
    }

    /// <summary>
    /// Eight writers create, edit and submit filings of one unit for a few seconds while a reader follows the feed in small
    /// pages; afterwards every change is in the feed exactly once, in order: the reader saw exactly the final read, each
    /// cursor once and increasing, and each filing's entries are its versions 0, 1, 2 … up to its final version, in order.
    /// </summary>
    [Fact]
    public async Task Concurrent_writers_and_a_following_reader_see_every_committed_change_exactly_once_in_order()
    {
        var start = await HeadAsync(Filer);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        var created = new ConcurrentBag<Guid>();
        var failures = 0;

        async Task WriteAsync(int writer)
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var draft = await CreateAsync(Filer, $"并发项目{writer}-{i}");
                    created.Add(draft.Id);
                    var edited = await UpdateAsync(Filer, draft, Draft.Complete(Equip, $"并发项目{writer}-{i}（改）"));
                    if (i % 2 == 0)
                    {
                        await SubmitAsync(Filer, edited);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Interlocked.Increment(ref failures); // a writer's failed save (SQLite's busy database) commits nothing
                }
            }
        }

        var seen = new List<ChangeFeedEntryDto>();
        var writers = new List<Task>();
        async Task ReadAsync()
        {
            var cursor = start;
            var writing = true;
            while (true)
            {
                var page = await SendAsync(Filer, new ListChangesQuery(cursor, 7));
                seen.AddRange(page.Entries);
                cursor = page.NextCursor;
                if (!writing && !page.HasMore)
                {
                    return;
                }

                writing = !stop.IsCancellationRequested || writers.Any(w => !w.IsCompleted);
            }
        }

        writers.AddRange(Enumerable.Range(0, 8).Select(w => Task.Run(() => WriteAsync(w))));
        var reader = Task.Run(ReadAsync);
        await Task.WhenAll(writers);
        await reader;

        var final = await AfterAsync(Filer, start);
        var versions = await Fixture.DbAsync(db => db.Filings.AsNoTracking().Where(f => created.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Version));
        var report = FeedCheck.Compare(seen.Select(e => (e.Cursor, e.Id, e.Version)).ToList(), final.Select(e => (e.Cursor, e.Id, e.Version)).ToList(), versions);

        Assert.True(versions.Count > 16, $"too few changes to mean anything: {versions.Count} filings, {failures} failed saves");
        Assert.True(report.Count == 0, string.Join("\n", report.Take(20)));
        Trace.WriteLine($"{final.Count} entries for {versions.Count} filings, {failures} failed saves");
    }

    /// <summary>The check above catches what a naive identity column does: A takes 5, B takes 6 and commits, a reader reads up to 6, then A commits.</summary>
    [Fact]
    public async Task Without_its_counter_row_the_feed_recreates_it_at_the_highest_sequence_and_goes_on_from_there()
    {
        await CreateAsync(Filer, "计数前项目");
        var highest = await Fixture.DbAsync(db => db.Set<ChangeFeedEntry>().MaxAsync(e => e.Sequence));
        await Fixture.DbAsync(db => db.Set<ChangeFeedCounter>().ExecuteDeleteAsync());

        var approved = await ApproveAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, "计数后项目")));

        var entries = await Fixture.DbAsync(db => db.Set<ChangeFeedEntry>().AsNoTracking().Where(e => e.Sequence > highest).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => highest + i), entries.Select(e => e.Sequence));
        Assert.Equal(4, entries.Count); // created, submitted, and the approval's two (the filing and its tracked project) in one save
        Assert.All(entries, e => Assert.Equal(approved.Id, e.EntityId));
        Assert.Equal(highest + 4, await Fixture.DbAsync(db => db.Set<ChangeFeedCounter>().Select(c => c.Value).SingleAsync()));
    }

    [Fact]
    public void The_exactly_once_check_catches_an_entry_committed_behind_the_reader()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var versions = new Dictionary<Guid, int> { [a] = 0, [b] = 0 };
        List<(string, Guid, int)> final = [("5", a, 0), ("6", b, 0)];

        Assert.Empty(FeedCheck.Compare(final, final, versions));
        Assert.Contains(FeedCheck.Compare([("6", b, 0)], final, versions), p => p.Contains("never seen", StringComparison.Ordinal));
        Assert.Contains(FeedCheck.Compare([("6", b, 0), ("5", a, 0)], final, versions), p => p.Contains("out of order", StringComparison.Ordinal));
        Assert.Contains(FeedCheck.Compare([("5", a, 0), ("5", a, 0), ("6", b, 0)], final, versions), p => p.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(FeedCheck.Compare(final, [("6", b, 0)], versions), p => p.Contains("versions", StringComparison.Ordinal));
    }
}

/// <summary>What the exactly-once test checks: the problems found, none when the feed was followed exactly once in order.</summary>
internal static class FeedCheck
{
    public static List<string> Compare(IReadOnlyList<(string Cursor, Guid Id, int Version)> seen, IReadOnlyList<(string Cursor, Guid Id, int Version)> final, IReadOnlyDictionary<Guid, int> versions)
    {
        var problems = new List<string>();
        static long At(string cursor) => long.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture);
        var seenCursors = new HashSet<long>();
        long previous = long.MinValue;
        foreach (var (cursor, id, version) in seen)
        {
            var at = At(cursor);
            if (!seenCursors.Add(at))
            {
                problems.Add($"cursor {cursor} ({id} v{version}) seen twice");
            }
            else if (at < previous)
            {
                problems.Add($"cursor {cursor} ({id} v{version}) seen out of order, after {previous}");
            }

            previous = Math.Max(previous, at);
        }

        var finalCursors = final.Select(e => At(e.Cursor)).ToHashSet();
        problems.AddRange(final.Where(e => !seenCursors.Contains(At(e.Cursor))).Select(e => $"cursor {e.Cursor} ({e.Id} v{e.Version}) never seen by the reader"));
        problems.AddRange(seen.Where(e => !finalCursors.Contains(At(e.Cursor))).Select(e => $"cursor {e.Cursor} seen but not in the final read"));

        // Each filing's entries are its versions 0 … final, each once, in order: no committed change is missing from the feed.
        var byFiling = final.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.OrderBy(e => At(e.Cursor)).Select(e => e.Version).ToList());
        foreach (var (id, last) in versions)
        {
            var feed = byFiling.GetValueOrDefault(id) ?? [];
            if (!feed.SequenceEqual(Enumerable.Range(0, last + 1)))
            {
                problems.Add($"filing {id}: feed versions [{string.Join(",", feed)}], expected 0…{last}");
            }
        }

        return problems;
    }
}
