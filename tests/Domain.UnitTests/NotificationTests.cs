using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;

namespace InvestPromo.Domain.UnitTests;

public sealed class NotificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly DueOn = new(2026, 11, 25);
    private static readonly DateTimeOffset DueAt = new(2026, 11, 25, 16, 0, 0, TimeSpan.Zero);
    private static readonly Guid Unit = Guid.Parse("0195a3c4-0000-7000-8000-0000000000a1");
    private static readonly Guid Recipient = Guid.Parse("0195a3c4-0000-7000-8000-000000000f02");
    private static readonly FilingActor Filer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000f01"), "filer");
    private static readonly FilingActor Reviewer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000e01"), "reviewer");

    private static Filing UnderReview()
    {
        var filing = Filing.CreateDraft(Unit, FilingTests.Complete, Filer, Now);
        filing.Submit(Now, DueOn, DueAt, Filer);
        filing.ClearDomainEvents();
        return filing;
    }

    [Fact]
    public void Returning_approving_and_revoking_raise_a_decision_event_with_the_unit_and_reasons()
    {
        var returned = UnderReview();
        returned.Return(Reviewer, Now, " 请补充协议 ");
        var approved = UnderReview();
        approved.Approve(Reviewer, Now);
        approved.Revoke(Reviewer, Now, "重复备案");

        var r = Assert.IsType<FilingDecided>(Assert.Single(returned.DomainEvents));
        Assert.Equal((returned.Id, Unit, "智能装备产业园", FilingAction.Returned, "请补充协议"), (r.FilingId, r.UnitId, r.ProjectName, r.Action, r.Reason));
        Assert.Equal(
            [(FilingAction.Approved, (string?)null), (FilingAction.Revoked, "重复备案")],
            approved.DomainEvents.OfType<FilingDecided>().Select(e => (e.Action, e.Reason)).ToArray());
        Assert.Equal( // beside each decision, the approval's start and end for the analysis totals
            [typeof(FilingDecided), typeof(FilingApproved), typeof(FilingDecided), typeof(FilingApprovalEnded)],
            approved.DomainEvents.Select(e => e.GetType()).ToArray());
    }

    [Fact]
    public void Submitting_raises_the_submission_event_for_integrators_and_resubmitting_says_so()
    {
        var filing = Filing.CreateDraft(Unit, FilingTests.Complete, Filer, Now);
        filing.Submit(Now, DueOn, DueAt, Filer);
        var first = Assert.IsType<FilingSubmitted>(Assert.Single(filing.DomainEvents));
        Assert.Equal((filing.Id, Unit, "智能装备产业园", false), (first.FilingId, first.UnitId, first.ProjectName, first.Resubmitted));

        filing.Return(Reviewer, Now, "请补充协议");
        filing.ClearDomainEvents();
        filing.Submit(Now, DueOn, DueAt, Filer);
        Assert.True(Assert.IsType<FilingSubmitted>(Assert.Single(filing.DomainEvents)).Resubmitted);
    }

    [Fact]
    public void Withdrawing_and_a_refused_transition_raise_no_event()
    {
        var filing = UnderReview();
        filing.Withdraw(Filer, Now);

        Assert.Throws<InvestPromo.Domain.Common.DomainRuleException>(() => filing.Approve(Reviewer, Now));

        Assert.Empty(filing.DomainEvents);
    }

    [Theory]
    [InlineData(FilingAction.Returned, NotificationKind.FilingReturned)]
    [InlineData(FilingAction.Approved, NotificationKind.FilingApproved)]
    [InlineData(FilingAction.Revoked, NotificationKind.FilingRevoked)]
    public void A_decision_becomes_a_notification_of_its_kind_that_keeps_parameters_not_text(FilingAction action, NotificationKind kind)
    {
        var filingId = Guid.CreateVersion7();

        var n = Notification.ForDecision(Recipient, new FilingDecided(filingId, Unit, "园区\"项目\"", action, "理由"), Now);

        Assert.Equal((Recipient, kind, (Guid?)filingId, Now, (DateTimeOffset?)null, (string?)null), (n.RecipientId, n.Kind, n.FilingId, n.CreatedAt, n.ReadAt, n.DedupKey));
        Assert.Equal(new NotificationParameters("园区\"项目\"", "理由"), n.Parameters with { Filings = null });
        var created = Assert.IsType<NotificationCreated>(Assert.Single(n.DomainEvents));
        Assert.Equal((n.Id, Recipient, kind, (Guid?)filingId), (created.NotificationId, created.RecipientId, created.Kind, created.FilingId));
    }

    [Theory]
    [InlineData(FilingAction.Submitted)]
    [InlineData(FilingAction.Withdrawn)]
    public void Other_actions_are_not_notified(FilingAction action) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Notification.ForDecision(Recipient, new FilingDecided(Guid.NewGuid(), Unit, null, action, null), Now));

    [Fact]
    public void A_digest_keeps_counts_the_first_five_filings_and_a_key_per_China_date()
    {
        var date = new DateOnly(2026, 11, 26);
        var filings = Enumerable.Range(1, 7).Select(i => new DigestFiling(Guid.NewGuid(), $"项目{i}", date, i <= 2)).ToList();

        var digest = Notification.ReviewDigest(Recipient, date, 5, 2, filings, Now);

        Assert.Equal(NotificationKind.ReviewDigest, digest.Kind);
        Assert.Null(digest.FilingId);
        Assert.Equal("ReviewDigest:2026-11-26", digest.DedupKey);
        Assert.Equal((5, 2, (DateOnly?)date), (digest.Parameters.DueToday, digest.Parameters.Overdue, digest.Parameters.Date));
        Assert.Equal(filings.Take(5), digest.Parameters.Filings!);
    }

    [Fact]
    public void An_empty_digest_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Notification.ReviewDigest(Recipient, new DateOnly(2026, 11, 26), 0, 0, [], Now));

    [Fact]
    public void Reading_keeps_the_first_time()
    {
        var n = Notification.ForDecision(Recipient, new FilingDecided(Guid.NewGuid(), Unit, "x", FilingAction.Approved, null), Now);

        n.MarkRead(Now.AddMinutes(1));
        n.MarkRead(Now.AddMinutes(5));

        Assert.True(n.IsRead);
        Assert.Equal(Now.AddMinutes(1), n.ReadAt);
    }
}
