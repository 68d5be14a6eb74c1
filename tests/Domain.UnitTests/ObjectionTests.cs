using System.Text.Json;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Domain.UnitTests;

public sealed class ObjectionTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Submitted Monday 2025-03-03, approved Tuesday 2025-03-04 10:00, published Monday 2025-03-10 09:00; publicity to 2025-03-17.</summary>
    private static readonly DateTimeOffset Submitted = new(2025, 3, 3, 9, 0, 0, China);

    private static readonly DateTimeOffset ApprovedAt = new(2025, 3, 4, 10, 0, 0, China);
    private static readonly DateTimeOffset PublishedAt = new(2025, 3, 10, 9, 0, 0, China);
    private static readonly DateOnly PublicityEndsOn = new(2025, 3, 17);
    private static readonly DateTimeOffset During = new(2025, 3, 12, 15, 0, 0, China);
    private static readonly Guid Unit = Guid.Parse("0195a3c4-0000-7000-8000-0000000000a1");
    private static readonly FilingActor Filer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000f01"), "filer");
    private static readonly FilingActor Reviewer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000e01"), "reviewer");
    private static readonly ObjectionData Words = new("张三", "13912345678", "该项目投资方与另一区县已备案项目为同一企业,疑似重复统计。");

    private static readonly string ReceiptHash = new('a', 64);
    private static readonly string AddressHash = new('b', 64);

    /// <summary>An approved filing, its week's publication and the filing's entry on it.</summary>
    internal static (Filing Filing, Publication Publication, PublicationEntry Entry) Published()
    {
        var filing = Filing.CreateDraft(Unit, FilingTests.Complete, Filer, Submitted.AddDays(-1));
        filing.Submit(Submitted, new DateOnly(2025, 3, 6), new DateTimeOffset(2025, 3, 7, 0, 0, 0, China), Filer);
        filing.Approve(Reviewer, ApprovedAt);
        var publication = Publication.Publish(
            new DateOnly(2025, 3, 3),
            12,
            [new PublicationEntryData(filing.Id, ApprovedAt, filing.ProjectName!, filing.InvestorName!, "武陵区", "新能源", "广东省", filing.PlannedTotalInvestment!.Value, filing.Stage!.Value)],
            PublishedAt,
            5,
            PublicityEndsOn,
            null);
        return (filing, publication, publication.Entries.First());
    }

    internal static Objection Lodge(Filing filing, Publication publication, PublicationEntry entry, DateTimeOffset? at = null, ObjectionData? words = null, ObjectionEvidence? evidence = null) =>
        Objection.Lodge(publication, entry, filing, words ?? Words, evidence, ReceiptHash, AddressHash, at ?? During);

    /// <summary>An approved, published filing with one open objection.</summary>
    internal static Filing UnderReReview()
    {
        var (filing, publication, entry) = Published();
        Lodge(filing, publication, entry);
        return filing;
    }

    private static (string? Before, string? After) StatusChange(FilingHistoryEntry step)
    {
        var status = JsonSerializer.Deserialize<Dictionary<string, string?[]>>(step.Changes!)!["status"];
        return (status[0], status[1]);
    }

    [Fact]
    public void An_objection_puts_the_approved_filing_into_re_review_and_its_history_keeps_the_text_not_the_objector()
    {
        var (filing, publication, entry) = Published();
        filing.ClearDomainEvents();

        var objection = Lodge(filing, publication, entry);

        Assert.Equal(ObjectionStatus.Pending, objection.Status);
        Assert.Equal(entry.ProjectName, objection.ProjectName);
        Assert.Equal((publication.Id, entry.Id, filing.Id), (objection.PublicationId, objection.EntryId, objection.FilingId));
        Assert.Equal(FilingStatus.UnderReReview, filing.Status);
        Assert.Equal(1, filing.OpenObjectionCount);
        Assert.Equal(ApprovedAt, filing.DecidedAt); // the approval itself is not touched
        var step = filing.History[^1];
        Assert.Equal(FilingAction.ObjectionReceived, step.Action);
        Assert.Null(step.ActorId);
        Assert.Equal("社会公众", step.ActorName);
        Assert.Equal(Words.Text, step.Reason);
        Assert.DoesNotContain("张三", step.Changes!, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", step.Changes!, StringComparison.Ordinal);
        Assert.Equal(("Approved", "UnderReReview"), StatusChange(step));
        var decided = Assert.IsType<FilingDecided>(Assert.Single(filing.DomainEvents));
        Assert.Equal(FilingAction.ObjectionReceived, decided.Action);
        var lodged = Assert.IsType<ObjectionLodged>(Assert.Single(objection.DomainEvents));
        Assert.Equal(filing.Id, lodged.FilingId);
    }

    [Fact]
    public void A_second_objection_joins_the_re_review_without_telling_the_unit_again()
    {
        var (filing, publication, entry) = Published();
        Lodge(filing, publication, entry);
        filing.ClearDomainEvents();

        Lodge(filing, publication, entry, During.AddHours(1));

        Assert.Equal(FilingStatus.UnderReReview, filing.Status);
        Assert.Equal(2, filing.OpenObjectionCount);
        Assert.Empty(filing.DomainEvents);
        Assert.Equal(2, filing.History.Count(h => h.Action == FilingAction.ObjectionReceived));
    }

    [Theory]
    [InlineData("2025-03-10T09:00:00+08:00", true)] // the moment of publication
    [InlineData("2025-03-17T23:59:59+08:00", true)] // the last second of the last day, China time
    [InlineData("2025-03-17T15:59:59+00:00", true)] // the same second in UTC
    [InlineData("2025-03-18T00:00:00+08:00", false)] // the next day
    [InlineData("2025-03-10T08:59:59+08:00", false)] // before the publication
    public void Objections_are_accepted_from_publication_through_the_end_of_the_publicity_period_China_time(string at, bool accepted)
    {
        var (filing, publication, entry) = Published();
        var instant = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);

        if (accepted)
        {
            Lodge(filing, publication, entry, instant);
            Assert.Equal(FilingStatus.UnderReReview, filing.Status);
        }
        else
        {
            Assert.Equal("objection.publicity-ended", Assert.Throws<DomainRuleException>(() => Lodge(filing, publication, entry, instant)).Code);
            Assert.Equal(FilingStatus.Approved, filing.Status);
            Assert.DoesNotContain(filing.History, h => h.Action == FilingAction.ObjectionReceived);
        }
    }

    [Fact]
    public void Dismissing_the_only_objection_approves_the_filing_again_with_its_original_approval()
    {
        var (filing, publication, entry) = Published();
        var objection = Lodge(filing, publication, entry);
        filing.ClearDomainEvents();
        var at = During.AddDays(1);

        objection.Dismiss(filing, Reviewer, "  经核实,两项目投资主体和建设内容均不同。 ", at);

        Assert.Equal(ObjectionStatus.Dismissed, objection.Status);
        Assert.Null(objection.Remedy);
        Assert.Equal("经核实,两项目投资主体和建设内容均不同。", objection.DecisionReason);
        Assert.Equal((at, Reviewer.Id, "reviewer"), (objection.DecidedAt!.Value, objection.DecidedBy, objection.DecidedByName));
        Assert.Equal(FilingStatus.Approved, filing.Status);
        Assert.Equal(0, filing.OpenObjectionCount);
        Assert.Equal(ApprovedAt, filing.DecidedAt);
        Assert.Equal(new DateOnly(2025, 3, 4), filing.ApprovedOn);
        var step = filing.History[^1];
        Assert.Equal((FilingAction.ObjectionDismissed, Reviewer.Id, "经核实,两项目投资主体和建设内容均不同。"), (step.Action, step.ActorId, step.Reason));
        Assert.Equal(FilingAction.ObjectionDismissed, Assert.IsType<FilingDecided>(Assert.Single(filing.DomainEvents)).Action);
    }

    [Fact]
    public void With_two_objections_the_filing_stays_under_re_review_until_both_are_dismissed()
    {
        var (filing, publication, entry) = Published();
        var first = Lodge(filing, publication, entry);
        var second = Lodge(filing, publication, entry, During.AddHours(2));

        first.Dismiss(filing, Reviewer, "不成立", During.AddDays(1));
        Assert.Equal(FilingStatus.UnderReReview, filing.Status);
        Assert.Equal(1, filing.OpenObjectionCount);

        second.Dismiss(filing, Reviewer, "不成立", During.AddDays(1));
        Assert.Equal(FilingStatus.Approved, filing.Status);
    }

    [Fact]
    public void Upholding_with_revocation_revokes_the_approval_and_tells_the_unit()
    {
        var (filing, publication, entry) = Published();
        var objection = Lodge(filing, publication, entry);
        filing.ClearDomainEvents();
        var at = During.AddDays(1);

        objection.Uphold(filing, ObjectionRemedy.Revoke, Reviewer, "与鼎城区项目重复备案", at);

        Assert.Equal((ObjectionStatus.Upheld, ObjectionRemedy.Revoke), (objection.Status, objection.Remedy));
        Assert.Equal(FilingStatus.Revoked, filing.Status);
        Assert.Equal("与鼎城区项目重复备案", filing.RevokedReason);
        Assert.Equal(at, filing.DecidedAt);
        Assert.Equal(0, filing.OpenObjectionCount);
        var step = filing.History[^1];
        Assert.Equal(FilingAction.ObjectionUpheld, step.Action);
        Assert.Equal(("UnderReReview", "Revoked"), StatusChange(step));
        Assert.Equal([typeof(FilingDecided), typeof(FilingApprovalEnded)], filing.DomainEvents.Select(e => e.GetType()));
        Assert.Equal(FilingAction.Revoked, Assert.IsType<FilingDecided>(filing.DomainEvents.First()).Action);
        Assert.Equal("objection.entry-closed", Assert.Throws<DomainRuleException>(() => Lodge(filing, publication, entry, at.AddHours(1))).Code);
    }

    [Fact]
    public void Upholding_with_return_sends_the_filing_back_for_correction_and_a_new_approval_is_not_objectable_on_the_old_list()
    {
        var (filing, publication, entry) = Published();
        var objection = Lodge(filing, publication, entry);
        var at = During.AddDays(1);

        objection.Uphold(filing, ObjectionRemedy.Return, Reviewer, "计划总投资与协议不符,请更正", at);

        Assert.Equal(FilingStatus.Returned, filing.Status);
        Assert.Equal("计划总投资与协议不符,请更正", filing.ReturnReason);
        filing.EditDraft(FilingTests.Complete with { PlannedTotalInvestment = 1_400_000_000m }, Filer, at.AddHours(1), FilingTests.Describe);
        filing.Submit(at.AddHours(2), new DateOnly(2025, 3, 18), new DateTimeOffset(2025, 3, 19, 0, 0, 0, China), Filer);
        filing.Approve(Reviewer, at.AddHours(3));
        Assert.Equal("objection.entry-closed", Assert.Throws<DomainRuleException>(() => Lodge(filing, publication, entry, at.AddHours(4))).Code);
    }

    [Fact]
    public void Upholding_one_objection_settles_the_other_open_ones_with_the_same_outcome()
    {
        var (filing, publication, entry) = Published();
        var first = Lodge(filing, publication, entry);
        var second = Lodge(filing, publication, entry, During.AddHours(2));
        var at = During.AddDays(1);

        first.Uphold(filing, ObjectionRemedy.Revoke, Reviewer, "重复备案", at);
        second.UpholdTogetherWith(first, Reviewer, at);

        Assert.Equal((ObjectionStatus.Upheld, ObjectionRemedy.Revoke, "重复备案"), (second.Status, second.Remedy, second.DecisionReason));
        Assert.Equal(FilingStatus.Revoked, filing.Status);
        Assert.Throws<InvalidOperationException>(() => second.UpholdTogetherWith(first, Reviewer, at));
    }

    [Fact]
    public void An_outcome_is_recorded_once_and_needs_a_reason()
    {
        var (filing, publication, entry) = Published();
        var objection = Lodge(filing, publication, entry);

        Assert.Equal("filing.reason-required", Assert.Throws<DomainRuleException>(() => objection.Dismiss(filing, Reviewer, " ", During)).Code);
        Assert.Equal("filing.reason-required", Assert.Throws<DomainRuleException>(() => objection.Uphold(filing, ObjectionRemedy.Revoke, Reviewer, null, During)).Code);
        Assert.Equal("filing.reason-too-long", Assert.Throws<DomainRuleException>(() => objection.Dismiss(filing, Reviewer, new string('理', 1001), During)).Code);
        Assert.Equal("objection.remedy-invalid", Assert.Throws<DomainRuleException>(() => objection.Uphold(filing, (ObjectionRemedy)9, Reviewer, "理由", During)).Code);
        Assert.Equal((ObjectionStatus.Pending, FilingStatus.UnderReReview), (objection.Status, filing.Status));

        objection.Dismiss(filing, Reviewer, "不成立", During);
        Assert.Equal("objection.already-decided", Assert.Throws<DomainRuleException>(() => objection.Dismiss(filing, Reviewer, "再次", During)).Code);
        Assert.Equal("objection.already-decided", Assert.Throws<DomainRuleException>(() => objection.Uphold(filing, ObjectionRemedy.Revoke, Reviewer, "再次", During)).Code);
        Assert.Equal(FilingStatus.Approved, filing.Status);
    }

    [Fact]
    public void A_filing_under_re_review_is_decided_only_through_its_objections()
    {
        var filing = UnderReReview();

        Assert.Equal("filing.not-approved", Assert.Throws<DomainRuleException>(() => filing.Revoke(Reviewer, During, "理由")).Code);
        Assert.Equal("filing.not-under-review", Assert.Throws<DomainRuleException>(() => filing.Approve(Reviewer, During)).Code);
        Assert.Equal("filing.not-under-review", Assert.Throws<DomainRuleException>(() => filing.Return(Reviewer, During, "理由")).Code);
        Assert.Equal("filing.not-under-review", Assert.Throws<DomainRuleException>(() => filing.Withdraw(Filer, During)).Code);
        Assert.Equal("filing.not-editable", Assert.Throws<DomainRuleException>(() => filing.EditDraft(FilingTests.Complete, Filer, During, FilingTests.Describe)).Code);
        Assert.Equal("filing.not-submittable", Assert.Throws<DomainRuleException>(() => filing.Submit(During, new DateOnly(2025, 3, 17), During.AddDays(5), Filer)).Code);
        Assert.Equal("filing.attachments-locked", Assert.Throws<DomainRuleException>(filing.EnsureCanAttach).Code);
    }

    [Theory]
    [InlineData("UnderReview")]
    [InlineData("Returned")]
    [InlineData("Revoked")]
    public void Only_a_filing_that_stands_as_published_takes_objections(string state)
    {
        var (filing, publication, entry) = Published();
        switch (state)
        {
            case "Revoked":
                filing.Revoke(Reviewer, PublishedAt.AddHours(1), "撤销");
                break;
            case "Returned":
                Lodge(filing, publication, entry).Uphold(filing, ObjectionRemedy.Return, Reviewer, "更正", During);
                break;
            default:
                Lodge(filing, publication, entry).Uphold(filing, ObjectionRemedy.Return, Reviewer, "更正", During);
                filing.Submit(During.AddHours(1), new DateOnly(2025, 3, 17), During.AddDays(5), Filer);
                break;
        }

        Assert.Equal(state, filing.Status.ToString());
        Assert.Equal("objection.entry-closed", Assert.Throws<DomainRuleException>(() => Lodge(filing, publication, entry, During.AddHours(2))).Code);
    }

    [Theory]
    [InlineData("", "13912345678", "该项目投资额明显虚高,与实际不符。", "objection.name-invalid")]
    [InlineData("张三", "12345", "该项目投资额明显虚高,与实际不符。", "objection.contact-invalid")]
    [InlineData("张三", "not an email", "该项目投资额明显虚高,与实际不符。", "objection.contact-invalid")]
    [InlineData("张三", "13912345678", "太短了", "objection.text-invalid")]
    [InlineData("张三", "13912345678", "   ", "objection.text-invalid")]
    public void The_objector_must_give_a_name_a_phone_or_email_and_a_real_objection(string name, string contact, string text, string code)
    {
        var (filing, publication, entry) = Published();

        var error = Assert.Throws<DomainRuleException>(() => Lodge(filing, publication, entry, words: new ObjectionData(name, contact, text)));

        Assert.Equal(code, error.Code);
        Assert.Equal(FilingStatus.Approved, filing.Status);
        Assert.Equal(0, filing.OpenObjectionCount);
    }

    [Theory]
    [InlineData("139 1234 5678", "13912345678")]
    [InlineData("0736-7654321", "0736-7654321")]
    [InlineData("Zhang.San@Example.COM", "Zhang.San@example.com")]
    public void A_contact_is_a_mainland_phone_or_an_email(string typed, string stored) =>
        Assert.Equal(stored, Objection.ParseContact(typed));

    [Fact]
    public void Evidence_is_kept_with_its_checked_type_and_digest()
    {
        var (filing, publication, entry) = Published();
        var objection = Lodge(filing, publication, entry, evidence: new ObjectionEvidence("..\\证据.pdf", "application/pdf", 1234, new string('c', 64), new string('d', 32)));

        Assert.True(objection.HasEvidence);
        Assert.Equal(("证据.pdf", "application/pdf", 1234L), (objection.EvidenceFileName, objection.EvidenceContentType, objection.EvidenceSizeBytes!.Value));
    }

    [Fact]
    public void A_receipt_code_is_16_random_base32_characters_read_back_forgivingly_and_stored_only_as_a_hash()
    {
        var code = ReceiptCode.New();

        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", code);
        Assert.NotEqual(code, ReceiptCode.New());
        Assert.Equal(code.Replace("-", string.Empty, StringComparison.Ordinal), ReceiptCode.Normalise(" " + code.ToLowerInvariant() + " "));
        Assert.Equal("0000111122223333", ReceiptCode.Normalise("oOoO-iIlL-2222-3333"));
        Assert.Equal(ReceiptCode.HashOf(code), ReceiptCode.HashOf(code.Replace("-", " ", StringComparison.Ordinal)));
        Assert.Matches("^[0-9a-f]{64}$", ReceiptCode.HashOf(code)!);
        Assert.Null(ReceiptCode.Normalise("ABCD-EFGH-JKMN-PQR")); // 15 characters
        Assert.Null(ReceiptCode.Normalise("ABCD-EFGH-JKMN-PQRU")); // U is not in the alphabet
        Assert.Null(ReceiptCode.HashOf(null));
    }

    [Fact]
    public void The_re_review_steps_are_notified_to_the_unit_and_new_objections_to_reviewers()
    {
        var recipient = Guid.CreateVersion7();
        var filingId = Guid.CreateVersion7();

        Assert.Equal(NotificationKind.FilingUnderReReview, Notification.ForDecision(recipient, new FilingDecided(filingId, Unit, "项目", FilingAction.ObjectionReceived, null), During).Kind);
        Assert.Equal(NotificationKind.FilingObjectionDismissed, Notification.ForDecision(recipient, new FilingDecided(filingId, Unit, "项目", FilingAction.ObjectionDismissed, "不成立"), During).Kind);
        var lodged = Notification.ForObjection(recipient, filingId, "项目", During);
        Assert.Equal((NotificationKind.ObjectionLodged, filingId, "项目"), (lodged.Kind, lodged.FilingId, lodged.Parameters.ProjectName));
    }
}
