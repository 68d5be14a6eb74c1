using System.Text.Json;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.UnitTests;

public sealed class FilingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly DueOn = new(2026, 11, 25);
    private static readonly DateTimeOffset DueAt = new(2026, 11, 25, 16, 0, 0, TimeSpan.Zero);
    private static readonly Guid Unit = Guid.Parse("0195a3c4-0000-7000-8000-0000000000a1");
    private static readonly Guid Chain = Guid.Parse("0195a3c4-0000-7000-8000-0000000000c1");
    private static readonly FilingActor Filer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000f01"), "filer");
    private static readonly FilingActor Reviewer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000e01"), "reviewer");

    public static FilingDetails Complete => new(
        "智能装备产业园", "湖南某某科技有限公司", "91430702760750218M", "440000", Chain, ProjectCategory.Industrial,
        ProjectStage.Signed, 1_500_000_000m, 1_200_000_000m, "建设厂房及生产线", null, "李引荐", "13912345678", "王联系", "0736-7654321");

    /// <summary>The history's wording of an edit, as the application passes it (property names here; the wire names are the application's).</summary>
    public static string Describe(IReadOnlyList<FilingDetailsChange> changes) =>
        JsonSerializer.Serialize(changes.ToDictionary(c => c.Field, c => new[] { c.Before, c.After }, StringComparer.Ordinal));

    private static Filing Draft(FilingDetails? data = null) => Filing.CreateDraft(Unit, data ?? Complete, Filer, Now);

    private static Filing UnderReview()
    {
        var filing = Draft();
        filing.Submit(Now, DueOn, DueAt, Filer);
        return filing;
    }

    private static Filing Approved()
    {
        var filing = UnderReview();
        filing.Approve(Reviewer, Now.AddHours(1));
        return filing;
    }

    private static Filing Returned()
    {
        var filing = UnderReview();
        filing.Return(Reviewer, Now.AddHours(1), "投资额与协议不符");
        return filing;
    }

    private static Filing Withdrawn()
    {
        var filing = UnderReview();
        filing.Withdraw(Filer, Now.AddHours(1));
        return filing;
    }

    private static Filing Revoked()
    {
        var filing = Approved();
        filing.Revoke(Reviewer, Now.AddHours(2), "重复备案");
        return filing;
    }


    private static Filing In(string state) => state switch
    {
        "Draft" => Draft(),
        "UnderReview" => UnderReview(),
        "Approved" => Approved(),
        "Returned" => Returned(),
        "Withdrawn" => Withdrawn(),
        "Revoked" => Revoked(),
        "UnderReReview" => ObjectionTests.UnderReReview(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    [Fact]
    public void A_new_draft_keeps_its_values_derives_the_scale_band_and_records_its_creation()
    {
        var filing = Draft();

        Assert.Equal(FilingStatus.Draft, filing.Status);
        Assert.Equal(Unit, filing.UnitId);
        Assert.Equal("91430702760750218M", filing.CreditCode);
        Assert.Equal(1_500_000_000m, filing.PlannedTotalInvestment);
        Assert.Equal(150_000_000_000L, filing.PlannedTotalFen);
        Assert.Equal(ScaleBand.From1BillionTo5Billion, filing.ScaleBand);
        Assert.Equal(Filer.Id, filing.CreatedBy);
        var created = Assert.Single(filing.History);
        Assert.Equal(FilingAction.Created, created.Action);
        Assert.Equal(Filer.Id, created.ActorId);
        Assert.Equal("filer", created.ActorName);
        Assert.Equal(filing.Id, created.FilingId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Submitting_with_a_deadline_not_after_now_is_a_rule_error_and_changes_nothing(int hoursAfterNow)
    {
        var filing = Draft();

        var error = Assert.Throws<DomainRuleException>(() => filing.Submit(Now, DueOn, Now.AddHours(hoursAfterNow), Filer));

        Assert.Equal("filing.deadline-not-after-submission", error.Code);
        Assert.Equal(FilingStatus.Draft, filing.Status);
        Assert.Null(filing.SubmittedAt);
        Assert.Single(filing.History);
    }

    [Fact]
    public void A_draft_may_be_incomplete()
    {
        var filing = Draft(new FilingDetails("只有名称", null, null, null, null, null, null, null, null, null, null, null, null, null, null));

        Assert.Equal(FilingStatus.Draft, filing.Status);
        Assert.Null(filing.ScaleBand);
        Assert.Contains("InvestorName", filing.Details.MissingFields());
    }

    [Fact]
    public void Submitting_an_incomplete_draft_lists_every_missing_field_and_changes_nothing()
    {
        var filing = Draft(new FilingDetails("只有名称", null, null, null, null, null, null, null, null, null, null, null, null, null, null));

        var error = Assert.Throws<FilingIncompleteException>(() => filing.Submit(Now, DueOn, DueAt, Filer));

        Assert.Equal("filing.incomplete", error.Code);
        Assert.Equal(
            ["InvestorName", "CreditCode", "SourceRegionCode", "IndustryChainId", "Category", "Stage", "PlannedTotalInvestment", "PlannedFixedAssetInvestment", "ConstructionContent", "ContactName", "ContactPhone"],
            error.Fields);
        Assert.Equal(FilingStatus.Draft, filing.Status);
        Assert.Single(filing.History);
    }

    [Theory]
    [InlineData("SG", "SG")]
    [InlineData("810000", "810000")]
    [InlineData("820000", "820000")]
    [InlineData("710000", "710000")]
    public void An_investor_outside_the_mainland_needs_no_credit_code(string region, string rollUp)
    {
        var filing = Draft(Complete with { CreditCode = null, SourceRegionCode = region });

        filing.Submit(Now, DueOn, DueAt, Filer);

        Assert.Equal(FilingStatus.UnderReview, filing.Status);
        Assert.True(filing.ForeignInvestor);
        Assert.Equal(rollUp, filing.SourceRegionRollUp);
    }

    [Fact]
    public void A_Shenzhen_investor_without_a_credit_code_is_incomplete()
    {
        var filing = Draft(Complete with { CreditCode = null, SourceRegionCode = "440300" });

        Assert.Equal(["CreditCode"], Assert.Throws<FilingIncompleteException>(() => filing.Submit(Now, DueOn, DueAt, Filer)).Fields);
        Assert.False(filing.ForeignInvestor);
        Assert.Equal("440000", filing.SourceRegionRollUp);
    }

    [Fact]
    public void The_outside_mainland_flag_and_the_roll_up_follow_the_region_on_every_edit()
    {
        var filing = Draft(Complete with { CreditCode = null, SourceRegionCode = "810000" });

        filing.EditDraft(Complete with { CreditCode = null, SourceRegionCode = "440300" }, Filer, Now, Describe);
        Assert.False(filing.ForeignInvestor);
        Assert.Equal("440000", filing.SourceRegionRollUp);

        filing.EditDraft(Complete with { CreditCode = null, SourceRegionCode = "FI" }, Filer, Now, Describe);
        Assert.True(filing.ForeignInvestor);
        Assert.Equal("FI", filing.SourceRegionRollUp);

        filing.EditDraft(Complete with { SourceRegionCode = null }, Filer, Now, Describe);
        Assert.False(filing.ForeignInvestor);
        Assert.Null(filing.SourceRegionRollUp);
    }

    [Fact]
    public void A_domestic_investor_needs_a_credit_code_to_submit() =>
        Assert.Equal(["CreditCode"], Assert.Throws<FilingIncompleteException>(() => Draft(Complete with { CreditCode = null }).Submit(Now, DueOn, DueAt, Filer)).Fields);

    [Theory]
    [InlineData("91110000100000123A", "filing.credit-code-invalid")]
    [InlineData("13812345678", "filing.credit-code-invalid")]
    public void An_invalid_credit_code_is_refused_even_in_a_draft(string code, string expected) =>
        Assert.Equal(expected, Assert.Throws<DomainRuleException>(() => Draft(Complete with { CreditCode = code })).Code);

    [Fact]
    public void A_negative_amount_is_refused() =>
        Assert.Equal("filing.amount-invalid", Assert.Throws<DomainRuleException>(() => Draft(Complete with { PlannedTotalInvestment = -1m })).Code);

    [Fact]
    public void Fixed_asset_investment_above_the_total_is_refused_but_equal_is_fine()
    {
        Assert.Equal("filing.fixed-asset-exceeds-total", Assert.Throws<DomainRuleException>(() => Draft(Complete with { PlannedFixedAssetInvestment = 1_500_000_000.01m })).Code);
        Assert.Equal(1_500_000_000m, Draft(Complete with { PlannedFixedAssetInvestment = 1_500_000_000m }).PlannedFixedAssetInvestment);
    }

    [Fact]
    public void A_bad_phone_is_refused() =>
        Assert.Equal("filing.phone-invalid", Assert.Throws<DomainRuleException>(() => Draft(Complete with { ContactPhone = "12345" })).Code);

    [Fact]
    public void An_unknown_category_is_refused() =>
        Assert.Equal("filing.field-invalid", Assert.Throws<DomainRuleException>(() => Draft(Complete with { Category = (ProjectCategory)99 })).Code);

    [Fact]
    public void Submitting_puts_the_filing_under_review_with_its_deadline()
    {
        var filing = UnderReview();

        Assert.Equal(FilingStatus.UnderReview, filing.Status);
        Assert.Equal(Now, filing.SubmittedAt);
        Assert.Equal(DueOn, filing.ReviewDueOn);
        Assert.Equal(DueAt, filing.ReviewDueAt);
        Assert.Equal(FilingAction.Submitted, filing.History[^1].Action);
    }

    [Fact]
    public void Editing_a_draft_records_only_the_fields_that_changed()
    {
        var filing = Draft();

        filing.EditDraft(Complete with { ProjectName = "智能装备产业园二期", PlannedTotalInvestment = 100_000_000m, PlannedFixedAssetInvestment = 80_000_000m }, Filer, Now.AddMinutes(5), FilingTests.Describe);

        Assert.Equal(ScaleBand.From100MillionTo1Billion, filing.ScaleBand);
        var edit = filing.History[^1];
        Assert.Equal(FilingAction.Edited, edit.Action);
        using var changes = JsonDocument.Parse(edit.Changes!);
        Assert.Equal(["ProjectName", "PlannedTotalInvestment", "PlannedFixedAssetInvestment"], changes.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("智能装备产业园", changes.RootElement.GetProperty("ProjectName")[0].GetString());
        Assert.Equal("智能装备产业园二期", changes.RootElement.GetProperty("ProjectName")[1].GetString());
    }

    [Fact]
    public void An_edit_that_changes_nothing_leaves_no_history_line()
    {
        var filing = Draft();

        filing.EditDraft(Complete, Filer, Now, FilingTests.Describe);

        Assert.Single(filing.History);
    }

    [Theory]
    [InlineData("UnderReview")]
    [InlineData("Approved")]
    [InlineData("Withdrawn")]
    [InlineData("Revoked")]
    public void Only_drafts_and_returned_filings_can_be_edited(string state)
    {
        var filing = In(state);
        var error = Assert.Throws<DomainRuleException>(() => filing.EditDraft(Complete with { ProjectName = "改" }, Filer, Now, FilingTests.Describe));
        Assert.Equal("filing.not-editable", error.Code);
        Assert.Equal("智能装备产业园", filing.ProjectName);
    }

    [Theory]
    [InlineData("UnderReview")]
    [InlineData("Approved")]
    [InlineData("Withdrawn")]
    [InlineData("Revoked")]
    public void Only_drafts_and_returned_filings_can_be_submitted(string state) =>
        Assert.Equal("filing.not-submittable", Assert.Throws<DomainRuleException>(() => In(state).Submit(Now, DueOn, DueAt, Filer)).Code);

    [Fact]
    public void Approving_records_the_decision_and_clears_the_deadline()
    {
        var filing = Approved();

        Assert.Equal(FilingStatus.Approved, filing.Status);
        Assert.Equal(Now.AddHours(1), filing.DecidedAt);
        Assert.Equal(Reviewer.Id, filing.DecidedBy);
        Assert.Null(filing.ReviewDueAt);
        Assert.Equal(FilingAction.Approved, filing.History[^1].Action);
        Assert.Equal("reviewer", filing.History[^1].ActorName);
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData("Approved")]
    [InlineData("Returned")]
    [InlineData("Withdrawn")]
    [InlineData("Revoked")]
    public void Only_a_filing_under_review_can_be_approved_returned_or_withdrawn(string state)
    {
        Assert.Equal("filing.not-under-review", Assert.Throws<DomainRuleException>(() => In(state).Approve(Reviewer, Now)).Code);
        Assert.Equal("filing.not-under-review", Assert.Throws<DomainRuleException>(() => In(state).Return(Reviewer, Now, "理由")).Code);
        Assert.Equal("filing.not-under-review", Assert.Throws<DomainRuleException>(() => In(state).Withdraw(Filer, Now)).Code);
    }

    [Fact]
    public void Returning_keeps_the_reasons_in_the_filing_and_its_history()
    {
        var filing = Returned();

        Assert.Equal(FilingStatus.Returned, filing.Status);
        Assert.Equal("投资额与协议不符", filing.ReturnReason);
        Assert.Equal(FilingAction.Returned, filing.History[^1].Action);
        Assert.Equal("投资额与协议不符", filing.History[^1].Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Returning_needs_reasons(string? reasons)
    {
        var filing = UnderReview();
        Assert.Equal("filing.reason-required", Assert.Throws<DomainRuleException>(() => filing.Return(Reviewer, Now, reasons)).Code);
        Assert.Equal(FilingStatus.UnderReview, filing.Status);
    }

    [Fact]
    public void Reasons_are_at_most_1000_characters()
    {
        var filing = UnderReview();
        Assert.Equal("filing.reason-too-long", Assert.Throws<DomainRuleException>(() => filing.Return(Reviewer, Now, new string('因', 1001))).Code);
        filing.Return(Reviewer, Now, new string('因', 1000));
        Assert.Equal(FilingStatus.Returned, filing.Status);
    }

    [Fact]
    public void A_returned_filing_is_edited_and_resubmitted_which_restarts_the_clock()
    {
        var filing = Returned();
        filing.EditDraft(Complete with { PlannedFixedAssetInvestment = 1_000_000_000m }, Filer, Now.AddDays(1), FilingTests.Describe);
        var later = Now.AddDays(1).AddHours(1);

        filing.Submit(later, new DateOnly(2026, 11, 26), new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.Zero), Filer);

        Assert.Equal(FilingStatus.UnderReview, filing.Status);
        Assert.Equal(later, filing.SubmittedAt);
        Assert.Equal(new DateOnly(2026, 11, 26), filing.ReviewDueOn);
        Assert.Null(filing.DecidedAt);
        Assert.Equal(
            [FilingAction.Created, FilingAction.Submitted, FilingAction.Returned, FilingAction.Edited, FilingAction.Resubmitted],
            filing.History.Select(h => h.Action));
    }

    [Fact]
    public void Withdrawing_ends_the_review()
    {
        var filing = Withdrawn();

        Assert.Equal(FilingStatus.Withdrawn, filing.Status);
        Assert.Null(filing.ReviewDueAt);
        Assert.Equal(FilingAction.Withdrawn, filing.History[^1].Action);
    }

    [Fact]
    public void Revoking_an_approval_needs_a_reason_and_records_it()
    {
        var approved = Approved();
        Assert.Equal("filing.reason-required", Assert.Throws<DomainRuleException>(() => approved.Revoke(Reviewer, Now, " ")).Code);
        Assert.Equal(FilingStatus.Approved, approved.Status);

        var filing = Revoked();

        Assert.Equal(FilingStatus.Revoked, filing.Status);
        Assert.Equal("重复备案", filing.RevokedReason);
        Assert.Equal("重复备案", filing.History[^1].Reason);
        Assert.Equal(FilingAction.Revoked, filing.History[^1].Action);
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData("UnderReview")]
    [InlineData("Returned")]
    [InlineData("Withdrawn")]
    [InlineData("Revoked")]
    public void Only_an_approved_filing_can_be_revoked(string state) =>
        Assert.Equal("filing.not-approved", Assert.Throws<DomainRuleException>(() => In(state).Revoke(Reviewer, Now, "理由")).Code);

    [Fact]
    public void Every_state_is_reachable() =>
        Assert.All(Enum.GetValues<FilingStatus>(), status => Assert.Equal(status, In(status.ToString()).Status));
}
