using System.Globalization;
using System.Text.Json;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Filings;
using InvestPromo.Application.Filings.Commands.ApproveFiling;
using InvestPromo.Application.Filings.Queries.GetFilingDuplicates;
using InvestPromo.Application.Filings.Queries.ListFilings;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>The filing workflow's rules (DOMAIN.md §1–2), sent through ISender as each caller, on the real database.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class FilingWorkflowTests(AppFixture fixture) : AppTest(fixture)
{
    private static FilingAction[] Actions(FilingDto filing) => [.. filing.History.Select(h => h.Action)];

    private static async Task<string> RefusedAsync(Func<Task> act) => (await Assert.ThrowsAsync<DomainRuleException>(act)).Code;

    private async Task<int> FilingCountAsync() => (await SendAsync(Admin, new ListFilingsQuery(PageSize: 1))).TotalCount;

    [Fact]
    public async Task Two_reviewers_approving_one_filing_at_once_the_second_is_told_it_is_stale_not_an_internal_error()
    {
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer, "同时审核的项目"));

        await Fixture.InOneScopeAsync(Reviewer, async (sender, db) =>
        {
            // This request has read the filing when another reviewer's approval saves (and starts tracking the project) …
            await db.Filings.FirstAsync(f => f.Id == submitted.Id);
            await ApproveAsync(Reviewer, submitted);

            // … so its own approval, whose batch inserts the same tracked project before its versioned update, is stale (409),
            // found by the reliability run as a 500 (the duplicate key of the tracked project).
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
                await sender.Send(new ApproveFilingCommand(submitted.Id, submitted.Version)));
        });

        var read = await GetAsync(Reviewer, submitted.Id);
        Assert.Equal(FilingStatus.Approved, read.Status);
        Assert.Equal(submitted.Version + 1, read.Version);
        Assert.Single(read.History, h => h.Action == FilingAction.Approved);
    }

    [Fact]
    public async Task An_incomplete_draft_is_saved_with_its_creation_in_the_history()
    {
        var draft = await CreateAsync(Filer, new Draft { ProjectName = "只有名称的草稿" });

        Assert.Equal(FilingStatus.Draft, draft.Status);
        Assert.Equal(0, draft.Version);
        Assert.Equal([FilingAction.Created], Actions(draft));
        Assert.Equal("filer", draft.History[0].ActorName);
        Assert.Equal("张填报(武陵区)", draft.History[0].ActorDisplayName);
        var read = await GetAsync(Filer, draft.Id);
        Assert.Equal("只有名称的草稿", read.ProjectName);
        var mine = await SendAsync(Filer, new ListFilingsQuery());
        Assert.Equal(1, mine.TotalCount);
    }

    [Fact]
    public async Task Submitting_an_incomplete_draft_names_every_missing_field_once_and_it_stays_a_draft()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var draft = await CreateAsync(Filer, new Draft { ProjectName = "只有名称的草稿", ContactPhone = "13812345678" });

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => SubmitAsync(Filer, draft));

        Assert.Equal(
            ["category", "constructionContent", "contactName", "creditCode", "industryChainId", "investorName", "plannedFixedAssetInvestment",
             "plannedTotalInvestment", "sourceRegionCode", "stage"],
            refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(refused.Errors.Values, messages => Assert.Single(messages));
        Assert.False(refused.Errors.ContainsKey("contactPhone"));
        Assert.False(refused.Errors.ContainsKey("projectName"));
        // The messages name the fields as the form labels them, in the one style of a missing field (issue 11).
        Assert.Equal("请填写“投资方企业名称”。", refused.Errors["investorName"][0]);
        Assert.Equal("请填写“产业链”。", refused.Errors["industryChainId"][0]);
        var after = await GetAsync(Filer, draft.Id);
        Assert.Equal(FilingStatus.Draft, after.Status);
        Assert.Equal(0, after.Version);
    }

    [Fact]
    public async Task The_full_flow_submit_return_edit_resubmit_approve_revoke_is_recorded_in_the_history()
    {
        var draft = await CreateAsync(Filer);
        Assert.Equal(ScaleBand.From1BillionTo5Billion, draft.ScaleBand);

        var submitted = await SubmitAsync(Filer, draft);
        Assert.Equal(FilingStatus.UnderReview, submitted.Status);
        var returned = await ReturnAsync(Reviewer, submitted, "固定资产投资与协议不符,请核实。");
        Assert.Equal(FilingStatus.Returned, returned.Status);
        Assert.Equal("固定资产投资与协议不符,请核实。", returned.ReturnReason);

        var edited = await UpdateAsync(Filer, returned, Draft.Complete(Equip) with { PlannedFixedAssetInvestment = 1_000_000_000m });
        var resubmitted = await SubmitAsync(Filer, edited);
        Assert.Equal(FilingStatus.UnderReview, resubmitted.Status);
        var approved = await ApproveAsync(Reviewer, resubmitted);
        Assert.Equal(FilingStatus.Approved, approved.Status);
        var revoked = await RevokeAsync(Reviewer, approved, "与鼎城区重复备案");

        Assert.Equal(FilingStatus.Revoked, revoked.Status);
        Assert.Equal("与鼎城区重复备案", revoked.RevokedReason);
        Assert.Equal(
            [FilingAction.Created, FilingAction.Submitted, FilingAction.Returned, FilingAction.Edited, FilingAction.Resubmitted, FilingAction.Approved, FilingAction.Revoked],
            Actions(revoked));
        var history = revoked.History;
        Assert.Equal("reviewer", history[2].ActorName);
        Assert.Equal("李审核", history[2].ActorDisplayName);
        Assert.Equal("固定资产投资与协议不符,请核实。", history[2].Reason);
        using var changes = JsonDocument.Parse(history[3].Changes!);
        Assert.Equal(["plannedFixedAssetInvestment"], changes.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1_000_000_000m, changes.RootElement.GetProperty("plannedFixedAssetInvestment")[1].GetDecimal());

        // Everyone who reads sees the same history.
        var asFiler = await GetAsync(Filer, draft.Id);
        Assert.Equal(7, asFiler.History.Count);
    }

    [Fact]
    public async Task A_Friday_submission_is_due_by_the_end_of_the_next_Wednesday_China_time()
    {
        var submittedAt = ChinaTime(2026, 11, 27, 10); // the Friday after the fixture's start
        At(submittedAt);
        var draft = await CreateAsync(Filer);

        var submitted = await SubmitAsync(Filer, draft);

        var friday = DateOnly.FromDateTime(submittedAt.ToOffset(China).DateTime);
        var wednesday = friday.AddDays(5);
        Assert.Equal(DayOfWeek.Wednesday, wednesday.DayOfWeek);
        Assert.Equal(wednesday, submitted.ReviewDueOn);
        Assert.Equal(new DateTimeOffset(wednesday.AddDays(1).ToDateTime(TimeOnly.MinValue), China), submitted.ReviewDueAt);
        Assert.Equal(submittedAt, submitted.SubmittedAt);
    }

    /// <summary>
    /// 3 working days after the submission's China date, that date never counting, on the official calendar: National Day
    /// 2024 (1–7 October off, Sunday 29 September and Saturday 12 October worked) and the Spring Festival 2025 (28 January –
    /// 4 February off, Sunday 26 January and Saturday 8 February worked).
    /// </summary>
    [Theory]
    [InlineData("2024-09-30T10:00:00+08:00", "2024-10-10")] // Monday before the holiday: 8, 9, 10 October
    [InlineData("2024-09-29T10:00:00+08:00", "2024-10-09")] // on the make-up Sunday: 30 September, 8, 9 October
    [InlineData("2024-10-11T23:59:00+08:00", "2024-10-15")] // Friday night: the make-up Saturday 12th, 14th, 15th
    [InlineData("2024-10-11T16:30:00+00:00", "2024-10-16")] // Friday in UTC but Saturday 00:30 in China: 14, 15, 16 October
    [InlineData("2025-01-24T10:00:00+08:00", "2025-02-05")] // Friday before the Spring Festival: 26, 27 January, 5 February
    public async Task The_review_is_due_at_the_end_of_the_third_working_day_on_the_official_calendar(string submittedAt, string dueOn)
    {
        var at = DateTimeOffset.Parse(submittedAt, CultureInfo.InvariantCulture);
        At(at);

        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer));

        Assert.Equal(D(dueOn), submitted.ReviewDueOn);
        Assert.Equal(ChinaTime(D(dueOn).AddDays(1)), submitted.ReviewDueAt);
        Assert.Equal(at, submitted.SubmittedAt);
    }

    [Fact]
    public async Task A_resubmission_restarts_the_three_working_days()
    {
        At(ChinaTime(2024, 9, 27, 10)); // Friday: the make-up Sunday 29 September, 30 September, 8 October
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer));
        Assert.Equal(D("2024-10-08"), submitted.ReviewDueOn);
        var returned = await ReturnAsync(Reviewer, submitted, "请补充协议");

        At(ChinaTime(2024, 10, 8, 15));
        var resubmitted = await SubmitAsync(Filer, returned);

        Assert.Equal(D("2024-10-11"), resubmitted.ReviewDueOn);
        Assert.Equal(FilingAction.Resubmitted, resubmitted.History[^1].Action);
    }

    [Fact]
    public async Task A_filer_withdraws_a_filing_under_review_and_may_not_withdraw_it_twice()
    {
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer));

        var withdrawn = await WithdrawAsync(Filer, submitted);

        Assert.Equal(FilingStatus.Withdrawn, withdrawn.Status);
        Assert.Null(withdrawn.ReviewDueAt);
        Assert.Equal(FilingAction.Withdrawn, withdrawn.History[^1].Action);
        Assert.Equal("filing.not-under-review", await RefusedAsync(() => WithdrawAsync(Filer, withdrawn)));
    }

    [Fact]
    public async Task Transitions_from_the_wrong_state_are_refused_with_stable_codes()
    {
        var draft = await CreateAsync(Filer);
        var id = draft.Id;

        // A draft is the unit's own work: the center cannot even see it.
        await Assert.ThrowsAsync<NotFoundException>(() => ApproveAsync(Reviewer, draft));
        await Assert.ThrowsAsync<NotFoundException>(() => ReturnAsync(Reviewer, draft, "x"));
        await Assert.ThrowsAsync<NotFoundException>(() => GetAsync(Reviewer, id));
        Assert.Equal("filing.not-under-review", await RefusedAsync(() => WithdrawAsync(Filer, draft)));

        var submitted = await SubmitAsync(Filer, draft);
        Assert.Equal("filing.not-approved", await RefusedAsync(() => RevokeAsync(Reviewer, submitted, "x")));
        Assert.Equal("filing.not-editable", await RefusedAsync(() => UpdateAsync(Filer, submitted, Draft.Complete(Equip, "改名"))));
        Assert.Equal("filing.not-submittable", await RefusedAsync(() => SubmitAsync(Filer, submitted)));
        var after = await GetAsync(Filer, id);
        Assert.Equal("智能装备产业园", after.ProjectName);
        Assert.Equal([FilingAction.Created, FilingAction.Submitted], Actions(after));
    }

    [Fact]
    public async Task A_returned_filing_can_be_neither_approved_returned_again_revoked_nor_withdrawn()
    {
        var returned = await ReturnAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer)), "请补充协议");

        Assert.Equal("filing.not-under-review", await RefusedAsync(() => ApproveAsync(Reviewer, returned)));
        Assert.Equal("filing.not-under-review", await RefusedAsync(() => ReturnAsync(Reviewer, returned, "再次退回")));
        Assert.Equal("filing.not-approved", await RefusedAsync(() => RevokeAsync(Reviewer, returned, "撤销")));
        Assert.Equal("filing.not-under-review", await RefusedAsync(() => WithdrawAsync(Filer, returned)));
        var after = await GetAsync(Reviewer, returned.Id);
        Assert.Equal(FilingStatus.Returned, after.Status);
        Assert.Equal(returned.Version, after.Version);
    }

    [Fact]
    public async Task Decided_and_withdrawn_filings_are_final_for_the_workflow()
    {
        var approved = await ApprovedAsync("已备案项目");
        var withdrawn = await WithdrawAsync(Filer, await SubmitAsync(Filer, await CreateAsync(Filer, "撤回项目")));
        var revoked = await RevokeAsync(Reviewer, await ApprovedAsync("撤销项目"), "重复备案");

        Assert.Equal("filing.not-under-review", await RefusedAsync(() => ApproveAsync(Reviewer, approved)));
        Assert.Equal("filing.not-under-review", await RefusedAsync(() => ReturnAsync(Reviewer, approved, "x")));
        Assert.Equal("filing.not-submittable", await RefusedAsync(() => SubmitAsync(Filer, approved)));
        Assert.Equal("filing.not-editable", await RefusedAsync(() => UpdateAsync(Filer, approved, Draft.Complete(Equip, "改名"))));
        Assert.Equal("filing.not-submittable", await RefusedAsync(() => SubmitAsync(Filer, withdrawn)));
        Assert.Equal("filing.not-editable", await RefusedAsync(() => UpdateAsync(Filer, withdrawn, Draft.Complete(Equip, "改名"))));
        Assert.Equal("filing.not-approved", await RefusedAsync(() => RevokeAsync(Reviewer, revoked, "再次撤销")));
        Assert.Equal("filing.not-under-review", await RefusedAsync(() => ApproveAsync(Reviewer, revoked)));
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_changes_nothing()
    {
        var draft = await CreateAsync(Filer);
        await UpdateAsync(Filer, draft, Draft.Complete(Equip, "第一次修改"));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => UpdateAsync(Filer, draft, Draft.Complete(Equip, "基于旧版本的修改")));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SubmitAsync(Filer, draft));
        var submitted = await SubmitAsync(Filer, await GetAsync(Filer, draft.Id));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => ApproveAsync(Reviewer, submitted with { Version = submitted.Version - 1 }));

        var after = await GetAsync(Filer, draft.Id);
        Assert.Equal("第一次修改", after.ProjectName);
        Assert.Equal(FilingStatus.UnderReview, after.Status);
    }

    [Fact]
    public async Task Another_units_filer_finds_nothing_and_changes_nothing()
    {
        var draft = await CreateAsync(Filer);

        await Assert.ThrowsAsync<NotFoundException>(() => GetAsync(Filer2, draft.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => UpdateAsync(Filer2, draft, Draft.Complete(Equip, "他人修改")));
        await Assert.ThrowsAsync<NotFoundException>(() => SubmitAsync(Filer2, draft));
        Assert.Equal(0, (await SendAsync(Filer2, new ListFilingsQuery { Filter = new(UnitId: draft.UnitId) })).TotalCount);
        var submitted = await SubmitAsync(Filer, draft);
        await Assert.ThrowsAsync<NotFoundException>(() => WithdrawAsync(Filer2, submitted));

        var after = await GetAsync(Filer, draft.Id);
        Assert.Equal("智能装备产业园", after.ProjectName);
        Assert.Equal(FilingStatus.UnderReview, after.Status);
        Assert.Equal(submitted.Version, after.Version);
    }

    [Fact]
    public async Task A_foreign_investor_files_without_a_credit_code()
    {
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer, Draft.Complete(Equip) with { CreditCode = null, SourceRegionCode = "SG" }));

        Assert.Equal(FilingStatus.UnderReview, submitted.Status);
        Assert.True(submitted.ForeignInvestor);
    }

    [Fact]
    public async Task A_submission_tells_of_other_units_live_look_alikes_by_unit_and_rule_only_and_still_succeeds()
    {
        var other = await SubmitAsync(Filer2, await CreateAsync(Filer2, "鼎城智能装备产业园")); // same investor credit code
        await CreateAsync(Filer2, "另一个草稿"); // a draft is nobody's duplicate yet
        var first = await SubmitAsync(Filer, await CreateAsync(Filer, Draft.Complete(Equip, "完全不同的名称") with { CreditCode = null, SourceRegionCode = "SG" }));

        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer));

        Assert.Equal(FilingStatus.UnderReview, submitted.Status);
        Assert.Empty(submitted.SuspectedDuplicates!); // another unit's filing is not the filer's to read (issue 10)
        var notice = Assert.Single(submitted.OtherUnitMatches!);
        Assert.Equal("鼎城区", notice.UnitName);
        Assert.Contains(DuplicateReason.SameCreditCode, notice.Reasons);
        Assert.Empty(first.SuspectedDuplicates!);
        Assert.Empty(first.OtherUnitMatches!);

        // A reviewer reads it side by side.
        var full = await SendAsync(Reviewer, new GetFilingDuplicatesQuery(submitted.Id));
        Assert.Equal(other.Id, Assert.Single(full.SuspectedDuplicates).FilingId);
        Assert.Empty(full.OtherUnitMatches);
    }

    [Fact]
    public async Task Every_step_appends_one_history_entry_by_its_actor_at_its_time()
    {
        var created = await CreateAsync(Filer);
        At(AppFixture.Start.AddHours(1));
        var submitted = await SubmitAsync(Filer, created);
        At(AppFixture.Start.AddHours(2));
        var returned = await ReturnAsync(Reviewer, submitted, "请补充协议");
        At(AppFixture.Start.AddHours(3));
        var resubmitted = await SubmitAsync(Filer, returned);
        At(AppFixture.Start.AddHours(4));
        var approved = await ApproveAsync(Reviewer, resubmitted);

        Assert.Equal([1, 2, 3, 4, 5], new[] { created, submitted, returned, resubmitted, approved }.Select(f => f.History.Count));
        Assert.Equal(["filer", "filer", "reviewer", "filer", "reviewer"], approved.History.Select(h => h.ActorName));
        Assert.Equal([Filer.UserId, Filer.UserId, Reviewer.UserId, Filer.UserId, Reviewer.UserId], approved.History.Select(h => h.ActorId));
        Assert.Equal(Enumerable.Range(0, 5).Select(h => AppFixture.Start.AddHours(h)), approved.History.Select(h => h.At));
        Assert.Equal(AppFixture.Start.AddHours(4), approved.DecidedAt);
        Assert.Equal(Reviewer.UserId, approved.DecidedBy);
    }
}
