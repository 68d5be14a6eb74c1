using InvestPromo.Application.Calendar;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Application.Publications.Commands.PublishWeek;

/// <summary>
/// A reviewer publishes a given week by hand. Idempotent: a week already published answers the existing publication.
/// The week must start on a Monday (400) and be over (409 publication.week-not-completed); a week without approvals is
/// not published (409 publication.week-empty).
/// </summary>
public sealed record PublishWeekCommand(DateOnly WeekStart) : ICommand<PublicationDto>;

public sealed class PublishWeekValidator : AbstractValidator<PublishWeekCommand>
{
    public PublishWeekValidator() =>
        RuleFor(x => x.WeekStart).InDateRange().DependentRules(() =>
            RuleFor(x => x.WeekStart).Must(d => d.DayOfWeek == DayOfWeek.Monday)
                .WithMessage(_ => new Localized("公示周必须从周一开始。", "A publication week starts on a Monday.").Current));
}

public sealed class PublishWeekHandler(IApplicationDbContext db, IWorkingCalendar calendar, PublicationOptions options, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishWeekCommand, PublicationDto>
{
    public async ValueTask<PublicationDto> Handle(PublishWeekCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!PublicationWeek.IsCompleted(command.WeekStart, now))
        {
            throw DomainRuleException.Conflict("publication.week-not-completed", "Only a week that has ended can be published.");
        }

        var (publication, _) = await WeekPublisher.PublishAsync(db, calendar, options, command.WeekStart, now, user.UserId, cancellationToken);
        return publication is null
            ? throw DomainRuleException.Conflict("publication.week-empty", "No project was approved in that week.")
            : await publication.ToDtoAsync(db, now, cancellationToken);
    }
}
